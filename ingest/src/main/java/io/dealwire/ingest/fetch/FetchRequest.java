package io.dealwire.ingest.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One GET to make: the URL plus the validators of the previous response, sent as {@code If-None-Match} and {@code
 * If-Modified-Since}.
 *
 * @param url absolute URL to fetch
 * @param etag the previous {@code ETag}, if any
 * @param lastModified the previous {@code Last-Modified}, as the server sent it, if any
 */
public record FetchRequest(URI url, Optional<String> etag, Optional<String> lastModified) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** An unconditional GET of {@code url}. */
    public static FetchRequest of(URI url) {
        return new FetchRequest(url, Optional.empty(), Optional.empty());
    }
}
