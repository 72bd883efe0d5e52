package io.dealwire.ingest.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.dealwire.ingest.fetch.FetchOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses RSS 0.9x, 1.0, 2.0 and Atom bodies with Rome, from bytes (charset from BOM, XML declaration or the {@code
 * Content-Type} header), with DOCTYPEs refused so no entity is ever expanded or fetched.
 */
public final class FeedParser {
    private static final int SNIFF_BYTES = 1024;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FeedParser.class);
    private final int maxItems;

    /** A parser keeping at most {@code IngestConfig.DEFAULT_MAX_FEED_ITEMS} items of a feed. */
    public FeedParser() {
        this(io.dealwire.ingest.IngestConfig.DEFAULT_MAX_FEED_ITEMS);
    }

    /** A parser keeping at most {@code maxItems} items of a feed ({@code ingest.max-feed-items}). */
    public FeedParser(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("ingest.max-feed-items must be >= 1, was " + maxItems);
        }
        this.maxItems = maxItems;
    }
    /** How far past the fetch time an item date may lie (clock skew, time zones) before it is ignored. */
    public static final Duration FUTURE_SLACK = Duration.ofDays(1);

    /**
     * Parses {@code body}.
     *
     * @param body the response body, decompressed
     * @param contentType the {@code Content-Type} header, if any
     * @param feedUrl the URL the body came from; relative item links are resolved against it
     * @param fetchedAt the fetch time, last step of the date fallback chain
     * @throws FeedParseException with code {@code EMPTY_BODY}, {@code NOT_A_FEED} or {@code MALFORMED_XML}
     */
    public ParsedFeed parse(byte[] body, Optional<String> contentType, URI feedUrl, Instant fetchedAt)
            throws FeedParseException {
        String start = sniff(body);
        if (start.isEmpty()) {
            throw new FeedParseException(FetchOutcome.EMPTY_BODY, "empty body from " + feedUrl, null);
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, "HTML page, not a feed, at " + feedUrl, null);
        }
        if (start.startsWith("{")) {
            return JsonFeedParser.parse(body, feedUrl, fetchedAt, maxItems);
        }
        if (start.startsWith("<urlset") || start.startsWith("<sitemapindex")) {
            return io.dealwire.ingest.sitemap.SitemapReader.read(body, feedUrl, fetchedAt, maxItems);
        }
        SyndFeed feed = build(body, contentType, feedUrl);
        if (feed.getEntries().size() > maxItems) {
            LOG.atWarn()
                    .addKeyValue("feedUrl", feedUrl)
                    .addKeyValue("items", feed.getEntries().size())
                    .addKeyValue("kept", maxItems)
                    .log("feed has more items than ingest.max-feed-items: the rest are dropped");
        }
        List<FeedItem> items = feed.getEntries().stream()
                .limit(maxItems)
                .map(entry -> item(entry, rdf(feed.getFeedType()), feedUrl, fetchedAt))
                .toList();
        return new ParsedFeed(
                feed.getFeedType(), nonNull(feed.getTitle()).strip(), blankToEmpty(feed.getLanguage()), items);
    }

    private static SyndFeed build(byte[] body, Optional<String> contentType, URI feedUrl) throws FeedParseException {
        WireFeedInput input = new DepthLimitedFeedInput();
        // RELIABILITY.md, Parser: a DOCTYPE is how XXE and billion-laughs get in; Rome's default refuses it, say so.
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType.orElse(null), true)) {
            return new SyndFeedImpl(input.build(reader), true);
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, "not RSS or Atom at " + feedUrl, e);
        } catch (FeedException | IOException | RuntimeException e) {
            FetchOutcome code = isCutShort(e) ? FetchOutcome.TRUNCATED : FetchOutcome.MALFORMED_XML;
            throw new FeedParseException(code, "malformed XML at " + feedUrl + ": " + e.getMessage(), e);
        }
    }

    /** Whether the XML parser stopped because the document ended before its root element was closed. */
    private static boolean isCutShort(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            // Xerces (JDK): "XML document structures must start and end within the same entity."
            if (message.contains("must start and end within the same entity")
                    || message.contains("Premature end of file")) {
                return true;
            }
        }
        return false;
    }

    /** RSS 0.90 and 1.0 are RDF: an item's identity is its {@code rdf:about}. */
    private static boolean rdf(String feedType) {
        return "rss_1.0".equals(feedType) || "rss_0.9".equals(feedType);
    }

    private static FeedItem item(SyndEntry entry, boolean rdf, URI feedUrl, Instant fetchedAt) {
        Object wire = entry.getWireEntry();
        Dated dated = date(wire, fetchedAt);
        return new FeedItem(
                guid(wire, rdf),
                blankToEmpty(entry.getLink()).flatMap(link -> resolve(feedUrl, link)),
                nonNull(entry.getTitle()).strip(),
                blankToEmpty(
                        entry.getDescription() == null
                                ? null
                                : entry.getDescription().getValue()),
                entry.getContents().stream()
                        .map(SyndContent::getValue)
                        .filter(value -> value != null && !value.isBlank())
                        .findFirst(),
                blankToEmpty(entry.getAuthor()).map(String::strip),
                dated.at(),
                dated.source());
    }

    private static Optional<String> guid(Object wire, boolean rdf) {
        if (wire instanceof Item item) {
            // Rome copies <link> into the URI of RSS 2.0 items that lack a guid: only RDF feeds have a real one
            String guid = item.getGuid() != null ? item.getGuid().getValue() : rdf ? item.getUri() : null;
            return blankToEmpty(guid).map(String::strip);
        }
        if (wire instanceof Entry entry) {
            return blankToEmpty(entry.getId()).map(String::strip);
        }
        return Optional.empty();
    }

    /**
     * The fallback chain published → updated → dc:date → fetch time. A date more than {@link #FUTURE_SLACK} after the
     * fetch is a publisher's mistake and counts as absent.
     */
    private static Dated date(Object wire, Instant fetchedAt) {
        Instant latest = fetchedAt.plus(FUTURE_SLACK);
        Optional<Dated> found = Optional.empty();
        if (wire instanceof Item item) {
            found = dated(item.getPubDate(), PublishedAtSource.FEED_PUBLISHED, latest)
                    .or(() -> dcDate(item.getModule(DCModule.URI), latest));
        } else if (wire instanceof Entry entry) {
            found = dated(entry.getPublished(), PublishedAtSource.FEED_PUBLISHED, latest)
                    .or(() -> dated(entry.getUpdated(), PublishedAtSource.FEED_UPDATED, latest))
                    .or(() -> dcDate(entry.getModule(DCModule.URI), latest));
        }
        return found.orElseGet(() -> new Dated(fetchedAt, PublishedAtSource.FETCH_TIME));
    }

    private static Optional<Dated> dcDate(Module module, Instant latest) {
        return module instanceof DCModule dc
                ? dated(dc.getDate(), PublishedAtSource.DC_DATE, latest)
                : Optional.empty();
    }

    private static Optional<Dated> dated(Date date, PublishedAtSource source, Instant latest) {
        return date == null || date.toInstant().isAfter(latest)
                ? Optional.empty()
                : Optional.of(new Dated(date.toInstant(), source));
    }

    static Optional<String> resolve(URI base, String link) {
        try {
            URI resolved = base.resolve(link.strip());
            String scheme =
                    resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https")
                    ? Optional.of(resolved.toString())
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first bytes of {@code body}, BOM and leading whitespace removed, lower-cased; empty when blank. */
    private static String sniff(byte[] body) {
        int length = Math.min(body.length, SNIFF_BYTES);
        String head = new String(body, 0, length, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "");
        head = head.replace("\u0000", "").strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            head = end < 0 ? head : head.substring(end + 2).strip();
        }
        return head;
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private record Dated(Instant at, PublishedAtSource source) {}
}
