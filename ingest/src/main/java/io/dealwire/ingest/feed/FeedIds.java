package io.dealwire.ingest.feed;

import io.dealwire.ingest.url.CanonicalUrl;
import io.dealwire.ingest.url.StableId;

/** Feed identifiers: a stable hash of the canonical feed URL, so re-importing a feed list keeps every id. */
public final class FeedIds {
    private FeedIds() {}

    /**
     * The feedId of {@code url}.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static String of(String url) {
        String canonical = CanonicalUrl.of(url)
                .orElseThrow(() -> new IllegalArgumentException("url must be an absolute http(s) URL, was " + url));
        return StableId.of(canonical);
    }
}
