package io.dealwire.ingest.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One GET to make: the URL plus the validators of the previous response, sent as {@code If-None-Match} and {@code
 * If-Modified-Since}.
 *
 * @param url absolute URL to fetch
 * @param etag the previous {@code ETag}, if any
 * @param lastModified the previous {@code Last-Modified}, as the server sent it, if any
 * @param prefixBytes when present, only this many (decompressed) bytes of the body are wanted: a longer body is cut
 *     there instead of failing with {@link FetchOutcome#BODY_TOO_LARGE} (robots.txt: RFC 9309 §2.5)
 */
public record FetchRequest(URI url, Optional<String> etag, Optional<String> lastModified, OptionalLong prefixBytes) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(prefixBytes, "prefixBytes");
        if (prefixBytes.isPresent() && prefixBytes.getAsLong() < 1) {
            throw new IllegalArgumentException("prefixBytes must be >= 1, was " + prefixBytes.getAsLong());
        }
    }

    /** A conditional GET of the whole body. */
    public FetchRequest(URI url, Optional<String> etag, Optional<String> lastModified) {
        this(url, etag, lastModified, OptionalLong.empty());
    }

    /** An unconditional GET of at most the first {@code bytes} bytes of {@code url}'s body. */
    public static FetchRequest prefix(URI url, long bytes) {
        return new FetchRequest(url, Optional.empty(), Optional.empty(), OptionalLong.of(bytes));
    }

    /** An unconditional GET of {@code url}. */
    public static FetchRequest of(URI url) {
        return new FetchRequest(url, Optional.empty(), Optional.empty());
    }
}
