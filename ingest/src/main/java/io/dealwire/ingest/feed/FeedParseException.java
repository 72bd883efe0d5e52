package io.dealwire.ingest.feed;

import io.dealwire.ingest.fetch.FetchOutcome;

/** A body that could not be read as a feed; {@link #code()} classifies why. */
public final class FeedParseException extends Exception {
    private final FetchOutcome code;

    /** A failure with its code and a message naming the feed. */
    public FeedParseException(FetchOutcome code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Why parsing failed: {@code EMPTY_BODY}, {@code NOT_A_FEED} or {@code MALFORMED_XML}. */
    public FetchOutcome code() {
        return code;
    }
}
