package io.dealwire.ingest.inspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dealwire.ingest.article.ArticleIds;
import io.dealwire.ingest.feed.FeedItem;
import io.dealwire.ingest.feed.FeedParseException;
import io.dealwire.ingest.feed.FeedParser;
import io.dealwire.ingest.feed.ParsedFeed;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What dealwire makes of one feed: the fetch outcome, then the format, title and items the parser finds, or the typed
 * error it stops at. Never throws for a bad source: the report says what went wrong.
 */
public final class FeedInspector {
    private final Fetcher fetcher;
    private final FeedParser parser;
    private final long maxBytes;
    private final Clock clock;

    /** One item as the parser read it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemReport(
            String articleId, String guid, String link, String title, String publishedAt, String publishedAtSource) {}

    /**
     * The report on one feed source.
     *
     * @param source the file path or URL as given
     * @param finalUrl the URL read last (after redirects), or the file's URI
     * @param statusCode HTTP status, 0 for a file or when no response arrived
     * @param error the typed error code ({@code NOT_A_FEED}, {@code TRUNCATED}, {@code BLOCKED_DESTINATION}…), null
     *     when the feed was read
     * @param detail what the error means here, null when none
     * @param format Rome's format name ({@code rss_2.0}, {@code atom_1.0}) or {@code json_1}, null on error
     * @param title the feed's title, null on error
     * @param language the feed's declared language, null when none
     * @param items the items, in document order; empty on error
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedReport(
            String source,
            String finalUrl,
            int statusCode,
            String error,
            String detail,
            String format,
            String title,
            String language,
            List<ItemReport> items) {
        public FeedReport {
            items = List.copyOf(items);
        }
    }

    /** An inspector fetching URLs with {@code fetcher} and reading files up to {@code maxBytes}. */
    public FeedInspector(Fetcher fetcher, FeedParser parser, long maxBytes, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Inspects {@code source}: an http(s) URL, else a file path. */
    public FeedReport inspect(String source) {
        Instant now = clock.instant();
        FetchResult read = Source.read(source, fetcher, maxBytes);
        String finalUrl = read.finalUrl().toString();
        if (!read.ok()) {
            return new FeedReport(
                    source,
                    finalUrl,
                    read.statusCode(),
                    read.outcome().name(),
                    read.detail(),
                    null,
                    null,
                    null,
                    List.of());
        }
        try {
            ParsedFeed feed = parser.parse(read.body(), read.headers().contentType(), read.finalUrl(), now);
            List<ItemReport> items =
                    feed.items().stream().map(FeedInspector::item).toList();
            return new FeedReport(
                    source,
                    finalUrl,
                    read.statusCode(),
                    null,
                    null,
                    feed.feedType(),
                    feed.title(),
                    feed.language().orElse(null),
                    items);
        } catch (FeedParseException e) {
            return new FeedReport(
                    source, finalUrl, read.statusCode(), e.code().name(), e.getMessage(), null, null, null, List.of());
        }
    }

    private static ItemReport item(FeedItem item) {
        return new ItemReport(
                ArticleIds.of("inspect", item),
                item.guid().orElse(null),
                item.link().orElse(null),
                item.title(),
                item.publishedAt().toString(),
                item.publishedAtSource().name());
    }
}
