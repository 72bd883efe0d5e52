package io.dealwire.ingest.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dealwire.ingest.url.CanonicalUrl;
import io.dealwire.schemas.avro.FeedDefinition;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a YAML feed list into feed definitions.
 *
 * <pre>
 * feeds:
 *   - url: https://example.com/rss        # required, absolute http(s)
 *     name: Example business news          # optional
 *     language: fr                         # optional, ISO 639-1
 *     tags: [m-and-a, europe]              # optional
 *     enabled: true                        # optional, default true
 * </pre>
 *
 * <p>Every error names the source, the entry index and the offending value, e.g. {@code feeds.yaml: feeds[2].url
 * must be an absolute http(s) URL, was ftp://x}. Two entries with the same canonical URL are an error.
 */
public final class FeedListReader {
    private static final Set<String> KEYS = Set.of("url", "name", "language", "tags", "enabled");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** Reads the feed list at {@code file}. */
    public List<FeedDefinition> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /**
     * Reads a feed list; {@code source} names it in error messages.
     *
     * @throws IllegalArgumentException when the list is not valid
     */
    public List<FeedDefinition> read(Reader reader, String source) throws IOException {
        JsonNode root;
        try {
            root = yaml.readTree(reader);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode feeds = root == null ? null : root.get("feeds");
        if (feeds == null || !feeds.isArray()) {
            throw new IllegalArgumentException(source + ": feeds must be a list, was " + feeds);
        }
        List<FeedDefinition> definitions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < feeds.size(); i++) {
            FeedDefinition definition = entry(feeds.get(i), source + ": feeds[" + i + "]");
            Integer earlier = seen.putIfAbsent(definition.getFeedId(), i);
            if (earlier != null) {
                throw new IllegalArgumentException(source + ": feeds[" + i + "].url must be unique, was "
                        + definition.getUrl() + " (same feed as feeds[" + earlier + "])");
            }
            definitions.add(definition);
        }
        return List.copyOf(definitions);
    }

    private static FeedDefinition entry(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + " must be a mapping, was " + node);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException(where + " must only have keys " + KEYS + ", was " + name);
            }
        }
        String url = text(node, "url", where)
                .orElseThrow(() -> new IllegalArgumentException(where + ".url must be set, was " + node.get("url")));
        String canonical = CanonicalUrl.of(url)
                .orElseThrow(
                        () -> new IllegalArgumentException(where + ".url must be an absolute http(s) URL, was " + url));
        String language = text(node, "language", where).orElse(null);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException(
                    where + ".language must be a lower-case ISO 639-1 code, was " + language);
        }
        return FeedDefinition.newBuilder()
                .setFeedId(FeedIds.of(canonical))
                .setUrl(url.trim())
                .setName(text(node, "name", where).orElse(null))
                .setLanguageHint(language)
                .setEnabled(enabled(node, where))
                .setTags(tags(node, where))
                .build();
    }

    private static java.util.Optional<String> text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return java.util.Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + "." + key + " must be a non-blank string, was " + value);
        }
        return java.util.Optional.of(value.asText().trim());
    }

    private static boolean enabled(JsonNode node, String where) {
        JsonNode value = node.get("enabled");
        if (value == null || value.isNull()) {
            return true;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(where + ".enabled must be true or false, was " + value);
        }
        return value.asBoolean();
    }

    private static List<String> tags(JsonNode node, String where) {
        JsonNode value = node.get("tags");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ".tags must be a list of strings, was " + value);
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode tag = value.get(i);
            if (!tag.isTextual() || tag.asText().isBlank()) {
                throw new IllegalArgumentException(where + ".tags[" + i + "] must be a non-blank string, was " + tag);
            }
            tags.add(tag.asText().trim());
        }
        return tags;
    }
}
