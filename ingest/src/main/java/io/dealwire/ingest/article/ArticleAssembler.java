package io.dealwire.ingest.article;

import io.dealwire.ingest.feed.FeedItem;
import io.dealwire.ingest.feed.PublishedAtSource;
import io.dealwire.ingest.fetch.FetchRequest;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.RawArticle;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a feed item into a {@link RawArticle}. When the item carries less than {@value #SHORT_TEXT} characters of
 * text and page fetching is on, the article page is fetched through the same guarded {@link Fetcher} and its main
 * text used instead; if that fails, the summary is kept.
 */
public final class ArticleAssembler {
    /** Below this many characters of item text, the article page is fetched. */
    public static final int SHORT_TEXT = 400;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleAssembler.class);
    private final Fetcher fetcher;
    private final PageExtractor extractor = new PageExtractor();
    private final boolean fetchPages;

    /** An assembler fetching pages with {@code fetcher} when {@code fetchPages} is set. */
    public ArticleAssembler(Fetcher fetcher, boolean fetchPages) {
        this.fetcher = fetcher;
        this.fetchPages = fetchPages;
    }

    /**
     * The article for {@code item}.
     *
     * @param definition the feed the item came from
     * @param item the parsed item
     * @param feedLanguage the language the feed itself declares, if any
     * @param fetchedAt when the feed was fetched
     */
    public RawArticle assemble(
            FeedDefinition definition, FeedItem item, Optional<String> feedLanguage, Instant fetchedAt) {
        String itemHtml = item.contentHtml().or(item::summaryHtml).orElse("");
        String url = ArticleIds.canonicalUrl(item);
        String text = ArticleHtml.plainText(itemHtml);
        Optional<ExtractedPage> page = text.length() < SHORT_TEXT ? page(definition, item, url) : Optional.empty();
        Optional<ExtractedPage> longer = page.filter(p -> p.text().length() > text.length());
        Optional<String> language = page.flatMap(ExtractedPage::language)
                .or(() -> Optional.ofNullable(definition.getLanguageHint()))
                .or(() -> feedLanguage.map(ArticleAssembler::primaryLanguage));
        boolean undated = item.publishedAtSource() == PublishedAtSource.FETCH_TIME;
        Optional<Instant> pageDate = undated ? page.flatMap(ExtractedPage::publishedAt) : Optional.empty();
        return RawArticle.newBuilder()
                .setArticleId(ArticleIds.of(definition.getFeedId(), item))
                .setUrl(url)
                .setFeedId(definition.getFeedId())
                .setGuid(item.guid().orElse(null))
                .setTitle(title(item, page))
                .setText(longer.map(ExtractedPage::text).orElse(text))
                .setHtml(longer.map(ExtractedPage::html)
                        .or(() -> safeHtml(itemHtml, url))
                        .orElse(null))
                .setAuthor(item.author().orElse(null))
                .setPublishedAt(pageDate.orElse(item.publishedAt()))
                .setPublishedAtSource(
                        pageDate.isPresent()
                                ? PublishedAtSource.PAGE_META.name()
                                : item.publishedAtSource().name())
                .setFetchedAt(fetchedAt)
                .setLanguageHint(language.orElse(null))
                .setOrigin("FEED")
                .build();
    }

    /** The extracted page at {@code canonicalUrl}: tracking parameters are not sent back to the site. */
    private Optional<ExtractedPage> page(FeedDefinition definition, FeedItem item, String canonicalUrl) {
        if (!fetchPages || item.link().isEmpty() || canonicalUrl.isEmpty()) {
            return Optional.empty();
        }
        URI link;
        try {
            link = URI.create(canonicalUrl);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        FetchResult result = fetcher.fetch(FetchRequest.of(link));
        if (!result.ok()) {
            LOG.atWarn()
                    .addKeyValue("feedId", definition.getFeedId())
                    .addKeyValue("url", link)
                    .addKeyValue("error", result.outcome())
                    .addKeyValue("statusCode", result.statusCode())
                    .log("article page not fetched, keeping the feed summary");
            return Optional.empty();
        }
        try {
            return Optional.of(extractor.extract(result.body(), result.headers().contentType(), result.finalUrl()));
        } catch (RuntimeException e) {
            LOG.atWarn()
                    .addKeyValue("feedId", definition.getFeedId())
                    .addKeyValue("url", link)
                    .addKeyValue("error", e.toString())
                    .log("article page not readable, keeping the feed summary");
            return Optional.empty();
        }
    }

    private static String title(FeedItem item, Optional<ExtractedPage> page) {
        if (!item.title().isEmpty()) {
            return ArticleHtml.plainText(item.title());
        }
        return page.flatMap(ExtractedPage::title).orElse("");
    }

    private static Optional<String> safeHtml(String html, String baseUrl) {
        String safe = ArticleHtml.safeHtml(html, baseUrl);
        return safe.isEmpty() ? Optional.empty() : Optional.of(safe);
    }

    private static String primaryLanguage(String tag) {
        return tag.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    }
}
