package io.dealwire.ingest.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fetch produced: an outcome code, always; the body and response headers when a response arrived.
 *
 * @param outcome how the fetch ended
 * @param finalUrl the URL of the last hop (after redirects)
 * @param statusCode HTTP status of the last response, 0 when none arrived
 * @param body decompressed body, empty unless {@code outcome} is {@link FetchOutcome#OK}
 * @param headers the response headers dealwire uses
 * @param detail a short human-readable explanation, empty on success
 * @param movedTo where the requested URL permanently moved: the URL reached by the leading 301/308 hops of the
 *     redirect chain, if it began with any
 */
public record FetchResult(
        FetchOutcome outcome,
        URI finalUrl,
        int statusCode,
        byte[] body,
        ResponseHeaders headers,
        String detail,
        Optional<URI> movedTo) {

    private static final byte[] NO_BODY = new byte[0];

    public FetchResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(movedTo, "movedTo");
    }

    /** A result without a permanent redirect. */
    public FetchResult(
            FetchOutcome outcome, URI finalUrl, int statusCode, byte[] body, ResponseHeaders headers, String detail) {
        this(outcome, finalUrl, statusCode, body, headers, detail, Optional.empty());
    }

    /** This result, recording that the requested URL permanently moved to {@code target}. */
    public FetchResult withMovedTo(URI target) {
        return new FetchResult(outcome, finalUrl, statusCode, body, headers, detail, Optional.of(target));
    }

    /** A failure before or without a usable response. */
    public static FetchResult failure(FetchOutcome outcome, URI url, int statusCode, String detail) {
        return new FetchResult(outcome, url, statusCode, NO_BODY, ResponseHeaders.NONE, detail);
    }

    /** Whether the body is available. */
    public boolean ok() {
        return outcome == FetchOutcome.OK;
    }

    /** The status code, when a response arrived. */
    public Optional<Integer> status() {
        return statusCode == 0 ? Optional.empty() : Optional.of(statusCode);
    }

    /**
     * Response headers dealwire keeps.
     *
     * @param contentType {@code Content-Type}
     * @param etag {@code ETag}
     * @param lastModified {@code Last-Modified}
     * @param retryAfter {@code Retry-After}, raw
     */
    public record ResponseHeaders(
            Optional<String> contentType,
            Optional<String> etag,
            Optional<String> lastModified,
            Optional<String> retryAfter) {
        /** No headers. */
        public static final ResponseHeaders NONE =
                new ResponseHeaders(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
