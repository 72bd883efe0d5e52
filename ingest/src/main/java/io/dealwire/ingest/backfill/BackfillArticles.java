package io.dealwire.ingest.backfill;

import io.dealwire.ingest.url.CanonicalUrl;
import io.dealwire.ingest.url.StableId;
import io.dealwire.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.Optional;

/** Builds the raw article of a backfilled page, keyed like a fetched one so the same story is one article. */
final class BackfillArticles {
    private BackfillArticles() {}

    /** A raw article, or empty when the URL is not a usable http(s) URL or the text is blank. */
    static Optional<RawArticle> of(
            String url,
            String title,
            String text,
            Optional<Instant> published,
            Optional<String> language,
            Instant importedAt) {
        Optional<String> canonical = CanonicalUrl.of(url);
        if (canonical.isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(RawArticle.newBuilder()
                .setArticleId(StableId.of(canonical.get()))
                .setUrl(canonical.get())
                .setTitle(title == null ? "" : title)
                .setText(text)
                .setPublishedAt(published.orElse(null))
                .setPublishedAtSource(published.isPresent() ? "BACKFILL" : "NONE")
                .setFetchedAt(importedAt)
                .setLanguageHint(language.orElse(null))
                .setOrigin("BACKFILL")
                .build());
    }
}
