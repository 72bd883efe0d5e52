package io.dealwire.ingest.inspect;

import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.FetchRequest;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads a source given as a file path or an http(s) URL into a {@link FetchResult}, files under the same cap. */
final class Source {
    private Source() {}

    /** Whether {@code source} names a URL rather than a file. */
    static boolean isUrl(String source) {
        String lower = source.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The body of {@code source}: fetched through {@code fetcher} for a URL, read (at most {@code maxBytes}) for a file. */
    static FetchResult read(String source, Fetcher fetcher, long maxBytes) {
        if (isUrl(source)) {
            URI url;
            try {
                url = URI.create(source.strip());
            } catch (IllegalArgumentException e) {
                return FetchResult.failure(FetchOutcome.BAD_SCHEME, URI.create("about:blank"), 0, e.getMessage());
            }
            return fetcher.fetch(FetchRequest.of(url));
        }
        Path file = Path.of(source);
        URI url = file.toAbsolutePath().toUri();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                return FetchResult.failure(FetchOutcome.BODY_TOO_LARGE, url, 0, "file exceeds " + maxBytes + " bytes");
            }
            FetchOutcome outcome = body.length == 0 ? FetchOutcome.EMPTY_BODY : FetchOutcome.OK;
            return new FetchResult(outcome, url, 0, body, headers(file), "");
        } catch (IOException e) {
            return FetchResult.failure(FetchOutcome.NETWORK, url, 0, "cannot read file: " + e.getMessage());
        }
    }

    private static FetchResult.ResponseHeaders headers(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        Optional<String> type = name.endsWith(".json") ? Optional.of("application/json") : Optional.empty();
        return new FetchResult.ResponseHeaders(type, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
