package io.dealwire.ingest.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles from a JSON Lines dump: one object per line with {@code url} and {@code text} (required), and optional
 * {@code title}, {@code publishedAt} (ISO-8601) and {@code language}. Lines without a usable URL or text are skipped
 * with a warning naming the line.
 */
public final class JsonLinesArchiveReader implements ArchiveReader {
    private static final Logger log = LoggerFactory.getLogger(JsonLinesArchiveReader.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader lines;
    private final Clock clock;
    private long read;
    private long skipped;

    public JsonLinesArchiveReader(Path file, Clock clock) throws IOException {
        this.lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public Optional<ArchiveArticle> next() throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            long position = read++;
            Optional<ArchiveArticle> article = parse(line, position);
            if (article.isPresent()) {
                return article;
            }
            skipped++;
        }
        return Optional.empty();
    }

    private Optional<ArchiveArticle> parse(String line, long position) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(line);
            Optional<ArchiveArticle> article = BackfillArticles.of(
                            node.path("url").asText(""),
                            node.path("title").asText(""),
                            node.path("text").asText(""),
                            instant(node.path("publishedAt").asText("")),
                            Optional.of(node.path("language").asText("")).filter(s -> !s.isBlank()),
                            clock.instant())
                    .map(a -> new ArchiveArticle(position, a));
            if (article.isEmpty()) {
                log.warn("skipping line {}: it needs an http(s) url and a non-empty text", position + 1);
            }
            return article;
        } catch (IOException e) {
            log.warn("skipping line {}: not JSON: {}", position + 1, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String value) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public long recordsRead() {
        return read;
    }

    @Override
    public long recordsSkipped() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
