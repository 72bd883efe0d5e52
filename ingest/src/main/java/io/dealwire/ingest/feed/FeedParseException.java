package io.dealwire.ingest.feed;

import io.dealwire.ingest.fetch.FetchOutcome;
import java.net.URI;
import java.util.List;

/** A body that could not be read as a feed; {@link #code()} classifies why. */
public final class FeedParseException extends Exception {
    private final FetchOutcome code;
    private final transient List<URI> childSitemaps;

    /** A failure with its code and a message naming the feed. */
    public FeedParseException(FetchOutcome code, String message, Throwable cause) {
        this(code, message, cause, List.of());
    }

    /**
     * The body was a sitemap index ({@code NOT_A_FEED}) listing {@code childSitemaps}, most recently modified first;
     * the poller may read those instead.
     */
    public FeedParseException(FetchOutcome code, String message, Throwable cause, List<URI> childSitemaps) {
        super(message, cause);
        this.code = code;
        this.childSitemaps = List.copyOf(childSitemaps);
    }

    /** The sitemaps a sitemap index lists, most recently modified first; empty for any other failure. */
    public List<URI> childSitemaps() {
        return childSitemaps;
    }

    /** Why parsing failed: {@code EMPTY_BODY}, {@code NOT_A_FEED} or {@code MALFORMED_XML}. */
    public FetchOutcome code() {
        return code;
    }
}
