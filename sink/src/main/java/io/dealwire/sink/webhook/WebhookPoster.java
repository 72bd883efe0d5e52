package io.dealwire.sink.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one JSON body to one endpoint, signed the Standard Webhooks way: headers {@code webhook-id} (the same on
 * every attempt), {@code webhook-timestamp} (seconds, this attempt) and {@code webhook-signature}.
 *
 * <p>Every attempt has one deadline for the whole call, because the JDK client stops enforcing its request timeout
 * once headers arrive (JDK-8258397). Redirects are not followed: a 3xx is a rejection. Thread-safe.
 */
public final class WebhookPoster {
    private final HttpClient http;
    private final DestinationCheck destinations;
    private final Clock clock;
    private final Duration deadline;

    /** A poster that checks every target with {@code destinations} and gives each attempt {@code deadline}. */
    public WebhookPoster(HttpClient http, DestinationCheck destinations, Clock clock, Duration deadline) {
        this.http = Objects.requireNonNull(http, "http must not be null");
        this.destinations = Objects.requireNonNull(destinations, "destinations must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.deadline = Objects.requireNonNull(deadline, "deadline must not be null");
    }

    /** The client the sink uses: no redirects, connect timeout {@code deadline}. */
    static HttpClient defaultClient(Duration deadline) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(deadline)
                .build();
    }

    /** The {@code webhook-id} of {@code eventId} at {@code endpoint}: stable across retries and restarts. */
    static String webhookId(String eventId, WebhookEndpoint endpoint) {
        return eventId + "_" + endpoint.id();
    }

    /** Makes one attempt; never throws for a network or HTTP failure, which become {@link Delivery} values. */
    Delivery post(WebhookEndpoint endpoint, String eventId, String body) {
        Optional<String> refusal;
        try {
            refusal = destinations.refusal(endpoint.url());
        } catch (UnknownHostException e) {
            return new Delivery(
                    Delivery.Outcome.RETRY,
                    0,
                    "cannot resolve " + endpoint.url().getHost());
        }
        if (refusal.isPresent()) {
            return new Delivery(Delivery.Outcome.REFUSED, 0, "destination refused: " + refusal.get());
        }
        return send(request(endpoint, webhookId(eventId, endpoint), body));
    }

    private HttpRequest request(WebhookEndpoint endpoint, String id, String body) {
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(endpoint.url().toString()))
                .timeout(deadline)
                .header("content-type", "application/json")
                .header("user-agent", "dealwire-webhook/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.sign(endpoint.key(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private Delivery send(HttpRequest request) {
        CompletableFuture<HttpResponse<Void>> call = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            return Delivery.ofStatus(
                    call.get(deadline.toMillis(), TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Delivery(Delivery.Outcome.RETRY, 0, "no complete response within " + deadline);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String kind = cause instanceof IOException ? "connection failed: " : "request failed: ";
            return new Delivery(Delivery.Outcome.RETRY, 0, kind + cause);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return new Delivery(Delivery.Outcome.RETRY, 0, "interrupted");
        }
    }
}
