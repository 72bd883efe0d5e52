package io.dealwire.sink.webhook;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Settings of the webhook sink.
 *
 * @param endpoints receivers, at least one, ids unique ({@code sink.webhook.endpoints})
 * @param allowedHosts hosts (names or IP literals) that may be called even though they are loopback, private or
 *     link-local, default none ({@code sink.webhook.allowed-hosts})
 * @param groupId consumer group, default {@code dealwire-sink-webhook} ({@code sink.webhook.group-id})
 * @param requestTimeout deadline of one whole delivery attempt, connect to last body byte, 100 ms to 5 min,
 *     default 10 s ({@code sink.webhook.request-timeout})
 * @param pollTimeout longest wait of one poll, 1 ms to 1 min, default 500 ms ({@code sink.webhook.poll-timeout})
 * @param maxRetryBackoff longest wait between retries of a failed delivery, at least 10 ms, default 5 min; retries
 *     start at 100 ms (or this, if smaller) and double ({@code sink.webhook.max-retry-backoff})
 */
public record WebhookSinkConfig(
        List<WebhookEndpoint> endpoints,
        Set<String> allowedHosts,
        String groupId,
        Duration requestTimeout,
        Duration pollTimeout,
        Duration maxRetryBackoff) {
    /** Default consumer group. */
    public static final String DEFAULT_GROUP_ID = "dealwire-sink-webhook";
    /** Default deadline of one delivery attempt. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Default poll timeout. */
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);
    /** Default longest retry backoff. */
    public static final Duration DEFAULT_MAX_RETRY_BACKOFF = Duration.ofMinutes(5);

    public WebhookSinkConfig {
        if (endpoints == null || endpoints.isEmpty()) {
            throw new IllegalArgumentException(
                    "sink.webhook.endpoints must list at least one endpoint, was " + endpoints);
        }
        endpoints = List.copyOf(endpoints);
        Set<String> ids = new HashSet<>();
        for (WebhookEndpoint endpoint : endpoints) {
            if (!ids.add(endpoint.id())) {
                throw new IllegalArgumentException(
                        "sink.webhook.endpoints[].id must be unique, was " + endpoint.id() + " twice");
            }
        }
        allowedHosts = Set.copyOf(allowedHosts);
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("sink.webhook.group-id must be non-blank, was " + groupId);
        }
        requireBetween("sink.webhook.request-timeout", requestTimeout, Duration.ofMillis(100), Duration.ofMinutes(5));
        requireBetween("sink.webhook.poll-timeout", pollTimeout, Duration.ofMillis(1), Duration.ofMinutes(1));
        requireBetween("sink.webhook.max-retry-backoff", maxRetryBackoff, Duration.ofMillis(10), Duration.ofDays(1));
    }

    /** Every optional setting at its default, for {@code endpoints}. */
    public static WebhookSinkConfig defaults(List<WebhookEndpoint> endpoints) {
        return new WebhookSinkConfig(
                endpoints,
                Set.of(),
                DEFAULT_GROUP_ID,
                DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_POLL_TIMEOUT,
                DEFAULT_MAX_RETRY_BACKOFF);
    }

    /** This config with other allow-listed hosts. */
    public WebhookSinkConfig withAllowedHosts(Set<String> hosts) {
        return new WebhookSinkConfig(endpoints, hosts, groupId, requestTimeout, pollTimeout, maxRetryBackoff);
    }

    /** This config with other timings. */
    public WebhookSinkConfig withTimings(Duration request, Duration poll, Duration maxBackoff) {
        return new WebhookSinkConfig(endpoints, allowedHosts, groupId, request, poll, maxBackoff);
    }

    private static void requireBetween(String key, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
