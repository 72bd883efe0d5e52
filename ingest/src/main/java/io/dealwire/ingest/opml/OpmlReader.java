package io.dealwire.ingest.opml;

import io.dealwire.ingest.feed.FeedIds;
import io.dealwire.ingest.url.CanonicalUrl;
import io.dealwire.schemas.avro.FeedDefinition;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OPML 1.0/2.0 subscription list: every {@code <outline>} with an {@code xmlUrl} becomes a feed definition
 * (name from {@code title} or {@code text}, language from {@code language}, tags from the enclosing folder outlines).
 * A document with a DOCTYPE is refused outright, so no entity is ever expanded or fetched (XXE, billion laughs);
 * nesting deeper than {@value #MAX_DEPTH} or more than {@value #MAX_OUTLINES} outlines are refused too. Entries with
 * an unusable or repeated URL are skipped and listed in the result, never dropped silently.
 */
public final class OpmlReader {
    /** Deepest outline nesting accepted. */
    public static final int MAX_DEPTH = 64;
    /** Most outlines accepted in one document. */
    public static final int MAX_OUTLINES = 100_000;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private final XMLInputFactory factory;

    /**
     * The feeds read, and the entries skipped with the reason.
     *
     * @param feeds one definition per distinct feed URL, in document order
     * @param skipped {@code <reason>: <value>} for each outline that was not imported
     */
    public record Import(List<FeedDefinition> feeds, List<String> skipped) {
        public Import {
            feeds = List.copyOf(feeds);
            skipped = List.copyOf(skipped);
        }
    }

    public OpmlReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    /**
     * Reads the OPML document in {@code in}; {@code source} names it in error messages.
     *
     * @throws IllegalArgumentException when the document is not well-formed OPML, has a DOCTYPE or exceeds a cap
     */
    public Import read(InputStream in, String source) {
        List<FeedDefinition> feeds = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Optional<String>> folders = new ArrayDeque<>();
        int outlines = 0;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new IllegalArgumentException(source + ": DOCTYPE is not allowed in OPML");
                }
                if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("outline")) {
                    folders.pop();
                }
                if (event != XMLStreamConstants.START_ELEMENT
                        || !xml.getLocalName().equals("outline")) {
                    continue;
                }
                if (++outlines > MAX_OUTLINES || folders.size() >= MAX_DEPTH) {
                    throw new IllegalArgumentException(
                            source + ": more than " + MAX_OUTLINES + " outlines or nesting deeper than " + MAX_DEPTH);
                }
                Optional<String> url = attribute(xml, "xmlUrl");
                if (url.isPresent()) {
                    outline(xml, url.get(), folders, seen, feeds, skipped);
                }
                folders.push(
                        url.isPresent()
                                ? Optional.empty()
                                : attribute(xml, "text").or(() -> attribute(xml, "title")));
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(source + ": not well-formed OPML: " + e.getMessage(), e);
        }
        return new Import(feeds, skipped);
    }

    private static void outline(
            XMLStreamReader xml,
            String url,
            Deque<Optional<String>> folders,
            Set<String> seen,
            List<FeedDefinition> feeds,
            List<String> skipped) {
        Optional<String> canonical = CanonicalUrl.of(url);
        if (canonical.isEmpty()) {
            skipped.add("not an absolute http(s) URL: " + url);
            return;
        }
        if (!seen.add(canonical.get())) {
            skipped.add("repeated feed: " + url);
            return;
        }
        Optional<String> language = attribute(xml, "language")
                .map(tag -> tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT))
                .filter(code -> LANGUAGE.matcher(code).matches());
        List<String> tags = new ArrayList<>();
        folders.descendingIterator()
                .forEachRemaining(folder -> folder.map(OpmlReader::tag).ifPresent(tags::add));
        feeds.add(FeedDefinition.newBuilder()
                .setFeedId(FeedIds.of(canonical.get()))
                .setUrl(url.strip())
                .setName(
                        attribute(xml, "title").or(() -> attribute(xml, "text")).orElse(null))
                .setLanguageHint(language.orElse(null))
                .setTags(tags)
                .build());
    }

    private static String tag(String folder) {
        return folder.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    private static Optional<String> attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
