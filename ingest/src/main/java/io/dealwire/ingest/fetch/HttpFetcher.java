package io.dealwire.ingest.fetch;

import io.dealwire.ingest.IngestConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Fetcher} on the JDK {@link HttpClient}: names dealwire in the User-Agent, sends conditional GETs, decodes
 * gzip under a decompressed-size cap, enforces one deadline over the whole call, and follows at most {@value
 * #MAX_REDIRECTS} redirects itself, checking every hop with a {@link DestinationGuard}.
 */
public final class HttpFetcher implements Fetcher {
    /** Redirect hops followed before {@link FetchOutcome#TOO_MANY_REDIRECTS}. */
    public static final int MAX_REDIRECTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final DestinationGuard guard;
    private final String userAgent;
    private final Duration timeout;
    private final long maxBodyBytes;

    /**
     * A fetcher using {@code client}, which must not follow redirects itself (the guard must see every hop).
     *
     * @throws IllegalArgumentException when {@code client} follows redirects
     */
    public HttpFetcher(HttpClient client, IngestConfig config) {
        this(client, config, new DestinationGuard(config.allowedHosts()));
    }

    /** A fetcher with an explicit guard; for tests that pin DNS answers. */
    public HttpFetcher(HttpClient client, IngestConfig config, DestinationGuard guard) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException(
                    "httpClient.followRedirects must be NEVER, was " + client.followRedirects());
        }
        this.client = client;
        this.guard = guard;
        this.userAgent = config.userAgentHeader();
        this.timeout = config.fetchTimeout();
        this.maxBodyBytes = config.maxBodyBytes();
    }

    /** An HTTP client suitable for this fetcher: no redirects, connect timeout capped by {@code fetchTimeout}. */
    public static HttpClient newClient(Duration fetchTimeout) {
        DnsPinning.enable();
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(fetchTimeout)
                .build();
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI url = request.url();
        Optional<URI> movedTo = Optional.empty();
        boolean permanentSoFar = true;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            DestinationGuard.Verdict verdict = guard.verdict(url);
            if (verdict.refusal().isPresent()) {
                return verdict.refusal().get();
            }
            Hop result = exchange(request, url, verdict.address(), deadline);
            if (result.next().isEmpty()) {
                return movedTo.map(result.result()::withMovedTo).orElse(result.result());
            }
            // only an unbroken run of 301/308 from the requested URL says where the feed now lives
            permanentSoFar = permanentSoFar && result.permanent();
            url = result.next().get();
            if (permanentSoFar) {
                movedTo = Optional.of(url);
            }
        }
        return FetchResult.failure(
                FetchOutcome.TOO_MANY_REDIRECTS, url, 0, "more than " + MAX_REDIRECTS + " redirects");
    }

    private Hop exchange(FetchRequest request, URI url, Optional<InetAddress> checked, long deadline) {
        AtomicReference<BoundedBodySubscriber> body = new AtomicReference<>();
        HttpRequest httpRequest = DnsPinning.pin(buildRequest(request, url), url, checked);
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(httpRequest, info -> {
            if (info.statusCode() < 200 || info.statusCode() >= 300) {
                return BodySubscribers.replacing(new byte[0]);
            }
            BoundedBodySubscriber subscriber = new BoundedBodySubscriber(
                    request.prefixBytes().orElse(maxBodyBytes),
                    request.prefixBytes().isPresent());
            body.set(subscriber);
            return subscriber;
        });
        try {
            long remaining = Math.max(0, deadline - System.nanoTime());
            return interpret(request, url, call.get(remaining, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            cancel(call, body);
            return Hop.done(FetchResult.failure(FetchOutcome.TIMEOUT, url, 0, "no complete response in " + timeout));
        } catch (InterruptedException e) {
            cancel(call, body);
            Thread.currentThread().interrupt();
            return Hop.done(FetchResult.failure(FetchOutcome.NETWORK, url, 0, "interrupted"));
        } catch (ExecutionException e) {
            return Hop.done(failureOf(url, e.getCause()));
        }
    }

    private HttpRequest.Builder buildRequest(FetchRequest request, URI url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept-Encoding", "gzip")
                .header(
                        "Accept",
                        "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
                                + " text/html;q=0.8, */*;q=0.5");
        request.etag().ifPresent(etag -> builder.header("If-None-Match", etag));
        request.lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
        return builder;
    }

    private Hop interpret(FetchRequest request, URI url, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (REDIRECTS.contains(status)) {
            Optional<String> location = response.headers().firstValue("Location");
            if (location.isEmpty()) {
                return Hop.done(
                        FetchResult.failure(FetchOutcome.HTTP_STATUS, url, status, "redirect without Location"));
            }
            try {
                LOG.atDebug()
                        .addKeyValue("url", url)
                        .addKeyValue("location", location.get())
                        .log("following redirect");
                return new Hop(null, Optional.of(url.resolve(location.get().trim())), status == 301 || status == 308);
            } catch (IllegalArgumentException e) {
                return Hop.done(
                        FetchResult.failure(FetchOutcome.BAD_SCHEME, url, status, "bad Location " + location.get()));
            }
        }
        if (status == 304) {
            return Hop.done(FetchResult.failure(FetchOutcome.NOT_MODIFIED, url, status, ""));
        }
        if (status < 200 || status >= 300) {
            return Hop.done(new FetchResult(
                    FetchOutcome.HTTP_STATUS, url, status, new byte[0], headersOf(response), "HTTP " + status));
        }
        return Hop.done(decoded(request, url, response));
    }

    private FetchResult decoded(FetchRequest request, URI url, HttpResponse<byte[]> response) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("");
        try {
            byte[] body = ContentDecoder.decode(
                    response.body(),
                    encoding,
                    request.prefixBytes().orElse(maxBodyBytes),
                    request.prefixBytes().isPresent());
            if (body.length == 0) {
                return new FetchResult(
                        FetchOutcome.EMPTY_BODY, url, response.statusCode(), body, headersOf(response), "empty body");
            }
            return new FetchResult(FetchOutcome.OK, url, response.statusCode(), body, headersOf(response), "");
        } catch (BoundedBodySubscriber.BodyTooLargeException e) {
            return FetchResult.failure(FetchOutcome.BODY_TOO_LARGE, url, response.statusCode(), e.getMessage());
        } catch (IOException e) {
            return FetchResult.failure(
                    FetchOutcome.NETWORK, url, response.statusCode(), "cannot decode body: " + e.getMessage());
        }
    }

    private static FetchResult.ResponseHeaders headersOf(HttpResponse<?> response) {
        var headers = response.headers();
        return new FetchResult.ResponseHeaders(
                headers.firstValue("Content-Type"),
                headers.firstValue("ETag"),
                headers.firstValue("Last-Modified"),
                headers.firstValue("Retry-After"));
    }

    private static FetchResult failureOf(URI url, Throwable cause) {
        if (cause instanceof BoundedBodySubscriber.BodyTooLargeException) {
            return FetchResult.failure(FetchOutcome.BODY_TOO_LARGE, url, 0, cause.getMessage());
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return FetchResult.failure(FetchOutcome.TIMEOUT, url, 0, cause.getMessage());
        }
        String message =
                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return FetchResult.failure(FetchOutcome.NETWORK, url, 0, message);
    }

    private static void cancel(CompletableFuture<?> call, AtomicReference<BoundedBodySubscriber> body) {
        BoundedBodySubscriber subscriber = body.get();
        if (subscriber != null) {
            subscriber.abort();
        }
        call.cancel(true);
    }

    /** One hop's result: either final, or the next URL to visit. */
    private record Hop(FetchResult result, Optional<URI> next, boolean permanent) {
        static Hop done(FetchResult result) {
            return new Hop(result, Optional.empty(), false);
        }
    }
}
