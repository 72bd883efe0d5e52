package io.dealwire.ingest.fetch;

/**
 * How fetching a URL and reading it as a feed or page ended; the code stored in {@code FeedState.lastError} and
 * counted in metrics.
 */
public enum FetchOutcome {
    /** A 2xx response whose body was read in full. */
    OK(false),
    /** 304: the validators matched, nothing to parse. */
    NOT_MODIFIED(false),
    /** A status other than 2xx, 304 or a followed redirect. */
    HTTP_STATUS(true),
    /** 410 Gone: the feed is disabled until its definition changes. */
    GONE(true),
    /** 404 on every poll for a long time: still polled at the longest interval, flagged for an operator. */
    NOT_FOUND_LONG(true),
    /** The body, after decompression, exceeded the configured cap. */
    BODY_TOO_LARGE(true),
    /** The whole-call deadline passed before the body was complete. */
    TIMEOUT(true),
    /** The destination (or a redirect hop) is loopback, private, link-local, metadata or otherwise not public. */
    BLOCKED_DESTINATION(true),
    /** The URL is not http(s), or is not a URL at all. */
    BAD_SCHEME(true),
    /** The host's robots.txt disallows dealwire this URL (RFC 9309). */
    ROBOTS_DISALLOWED(true),
    /** The host's robots.txt answered 5xx or could not be reached: nothing is fetched there until it can be read. */
    ROBOTS_UNAVAILABLE(true),
    /** More redirect hops than allowed. */
    TOO_MANY_REDIRECTS(true),
    /** The body is XML or HTML, but not RSS or Atom. */
    NOT_A_FEED(true),
    /** The body is not well-formed XML (or JSON, for a JSON Feed), or declares a DOCTYPE. */
    MALFORMED_XML(true),
    /** The body ends before the document does: a feed cut short in transfer or by its server. */
    TRUNCATED(true),
    /** The response had no body. */
    EMPTY_BODY(true),
    /** DNS, connection or protocol failure, or a body that could not be decoded. */
    NETWORK(true),
    /** A bug: an exception no step should have thrown; the log has the stack trace. */
    UNEXPECTED(true);

    private final boolean failure;

    FetchOutcome(boolean failure) {
        this.failure = failure;
    }

    /** Whether this outcome counts as a failed poll (and so grows the backoff). */
    public boolean isFailure() {
        return failure;
    }
}
