package io.dealwire.ingest.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealwire.ingest.fetch.FetchOutcome;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Parses JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into the same {@link ParsedFeed} as RSS and Atom:
 * {@code id} is the guid, {@code url} (else {@code external_url}) the link, {@code date_published} then {@code
 * date_modified} the date. Jackson's stream limits bound nesting depth and string sizes.
 */
final class JsonFeedParser {
    /** The {@code feedType} reported for JSON feeds, after Rome's naming. */
    static final String FEED_TYPE = "json_1";

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Feed(String version, String title, String language, List<Item> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(
            String id,
            String url,
            @JsonProperty("external_url") String externalUrl,
            String title,
            @JsonProperty("content_html") String contentHtml,
            @JsonProperty("content_text") String contentText,
            String summary,
            @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified,
            Author author,
            List<Author> authors) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Author(String name) {}

    private JsonFeedParser() {}

    static ParsedFeed parse(byte[] body, URI feedUrl, Instant fetchedAt, int maxItems) throws FeedParseException {
        Feed feed;
        try {
            feed = JSON.readValue(body, Feed.class);
        } catch (JsonEOFException e) {
            throw new FeedParseException(FetchOutcome.TRUNCATED, "JSON feed cut short at " + feedUrl, e);
        } catch (JacksonException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw new FeedParseException(FetchOutcome.TRUNCATED, "JSON feed cut short at " + feedUrl, e);
            }
            throw new FeedParseException(
                    FetchOutcome.MALFORMED_XML, "malformed JSON at " + feedUrl + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, "unreadable JSON at " + feedUrl, e);
        }
        if (feed == null || feed.version() == null || !feed.version().startsWith("https://jsonfeed.org/version/1")) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, "JSON but not a JSON Feed at " + feedUrl, null);
        }
        List<Item> items = feed.items() == null ? List.of() : feed.items();
        return new ParsedFeed(
                FEED_TYPE,
                text(feed.title()).orElse(""),
                text(feed.language()),
                items.stream()
                        .filter(item -> item != null)
                        .limit(maxItems)
                        .map(item -> item(item, feedUrl, fetchedAt))
                        .toList());
    }

    private static FeedItem item(Item item, URI feedUrl, Instant fetchedAt) {
        Instant latest = fetchedAt.plus(FeedParser.FUTURE_SLACK);
        Optional<Instant> published = date(item.datePublished(), latest);
        Optional<Instant> modified = date(item.dateModified(), latest);
        PublishedAtSource source = published.isPresent()
                ? PublishedAtSource.FEED_PUBLISHED
                : modified.isPresent() ? PublishedAtSource.FEED_UPDATED : PublishedAtSource.FETCH_TIME;
        Optional<String> author = Optional.ofNullable(item.author())
                .or(() -> Optional.ofNullable(item.authors())
                        .flatMap(all -> all.stream().findFirst()))
                .flatMap(a -> text(a.name()));
        return new FeedItem(
                text(item.id()),
                text(item.url()).or(() -> text(item.externalUrl())).flatMap(link -> FeedParser.resolve(feedUrl, link)),
                text(item.title()).orElse(""),
                text(item.summary()),
                text(item.contentHtml()).or(() -> text(item.contentText()).map(JsonFeedParser::asHtml)),
                author,
                published.or(() -> modified).orElse(fetchedAt),
                source);
    }

    private static Optional<Instant> date(String value, Instant latest) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant at = OffsetDateTime.parse(value.strip()).toInstant();
            return at.isAfter(latest) ? Optional.empty() : Optional.of(at);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String asHtml(String text) {
        return "<p>" + org.jsoup.nodes.Entities.escape(text) + "</p>";
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
