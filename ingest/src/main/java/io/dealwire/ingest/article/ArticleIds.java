package io.dealwire.ingest.article;

import io.dealwire.ingest.feed.FeedItem;
import io.dealwire.ingest.url.CanonicalUrl;
import io.dealwire.ingest.url.StableId;
import java.util.Optional;

/**
 * Article identifiers: a stable hash of the canonical article URL; for items without a usable link, of feed id and
 * guid; for items with neither, of feed id, title and summary (so a re-fetch still gives the same id).
 */
public final class ArticleIds {
    private ArticleIds() {}

    /** The articleId of {@code item} in feed {@code feedId}. */
    public static String of(String feedId, FeedItem item) {
        Optional<String> canonical = item.link().flatMap(CanonicalUrl::of);
        if (canonical.isPresent()) {
            return StableId.of(canonical.get());
        }
        if (item.guid().isPresent()) {
            return StableId.of(feedId, item.guid().get());
        }
        return StableId.of(feedId, item.title(), item.summaryHtml().orElse(""));
    }

    /** The canonical URL stored with the article: of its link, else of its guid when that is a URL, else empty. */
    public static String canonicalUrl(FeedItem item) {
        return item.link()
                .flatMap(CanonicalUrl::of)
                .or(() -> item.guid().flatMap(CanonicalUrl::of))
                .orElse("");
    }
}
