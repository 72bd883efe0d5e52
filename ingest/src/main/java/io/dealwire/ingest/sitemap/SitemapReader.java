package io.dealwire.ingest.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.dealwire.ingest.feed.FeedItem;
import io.dealwire.ingest.feed.FeedParseException;
import io.dealwire.ingest.feed.ParsedFeed;
import io.dealwire.ingest.feed.PublishedAtSource;
import io.dealwire.ingest.fetch.FetchOutcome;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Reads a sitemap {@code <urlset>} (news sitemaps included) as a feed with crawler-commons: each URL is an item, its
 * {@code news:title} the title, {@code news:publication_date} (else {@code lastmod}) the date. A sitemap index is
 * refused with {@code NOT_A_FEED} listing its sitemaps (most recently modified first), which the poller reads in its
 * place. The caller has
 * already refused any DOCTYPE: only bodies whose first element is {@code urlset} or {@code sitemapindex} come here.
 */
public final class SitemapReader {
    /** The {@code feedType} reported for sitemaps. */
    public static final String FEED_TYPE = "sitemap";

    private static final Duration FUTURE_SLACK = Duration.ofDays(1);
    /** Children of a sitemap index handed to the caller, most recently modified first. */
    private static final int MAX_LISTED_CHILDREN = 50;

    private SitemapReader() {}

    /** The sitemap {@code body} from {@code url} as a feed of at most {@code maxItems} items. */
    public static ParsedFeed read(byte[] body, URI url, Instant fetchedAt, int maxItems) throws FeedParseException {
        AbstractSiteMap map = parse(body, url);
        if (map instanceof SiteMapIndex index) {
            List<URI> children = index.getSitemaps().stream()
                    .sorted(Comparator.comparing(
                            AbstractSiteMap::getLastModified, Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(MAX_LISTED_CHILDREN)
                    .map(child -> toUri(child.getUrl()))
                    .flatMap(Optional::stream)
                    .toList();
            throw new FeedParseException(
                    FetchOutcome.NOT_A_FEED,
                    "sitemap index of " + index.getSitemaps().size() + " sitemaps at " + url,
                    null,
                    children);
        }
        SiteMap sitemap = (SiteMap) map;
        Instant latest = fetchedAt.plus(FUTURE_SLACK);
        List<FeedItem> items = sitemap.getSiteMapUrls().stream()
                .limit(maxItems)
                .map(entry -> item(entry, fetchedAt, latest))
                .toList();
        Optional<String> language = sitemap.getSiteMapUrls().stream()
                .map(SitemapReader::news)
                .flatMap(Optional::stream)
                .map(NewsAttributes::getLanguage)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
        return new ParsedFeed(FEED_TYPE, "", language, items);
    }

    private static Optional<URI> toUri(java.net.URL url) {
        try {
            return Optional.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static AbstractSiteMap parse(byte[] body, URI url) throws FeedParseException {
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.enableExtension(Extension.NEWS);
        try {
            return parser.parseSiteMap("text/xml", body, url.toURL());
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, "unreadable sitemap at " + url + ": " + e, e);
        }
    }

    private static FeedItem item(SiteMapURL entry, Instant fetchedAt, Instant latest) {
        Optional<NewsAttributes> news = news(entry);
        Optional<Instant> published = news.map(NewsAttributes::getPublicationDate)
                .map(Date::toInstant)
                .filter(at -> !at.isAfter(latest));
        Optional<Instant> modified = Optional.ofNullable(entry.getLastModified())
                .map(Date::toInstant)
                .filter(at -> !at.isAfter(latest));
        PublishedAtSource source = published.isPresent()
                ? PublishedAtSource.FEED_PUBLISHED
                : modified.isPresent() ? PublishedAtSource.FEED_UPDATED : PublishedAtSource.FETCH_TIME;
        return new FeedItem(
                Optional.empty(),
                Optional.of(entry.getUrl().toString()),
                news.map(NewsAttributes::getTitle).map(String::strip).orElse(""),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                published.or(() -> modified).orElse(fetchedAt),
                source);
    }

    private static Optional<NewsAttributes> news(SiteMapURL entry) {
        ExtensionMetadata[] all = entry.getAttributesForExtension(Extension.NEWS);
        if (all == null) {
            return Optional.empty();
        }
        for (ExtensionMetadata metadata : all) {
            if (metadata instanceof NewsAttributes news) {
                return Optional.of(news);
            }
        }
        return Optional.empty();
    }
}
