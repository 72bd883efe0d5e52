package io.dealwire.app.ui;

import java.time.Instant;

/**
 * How one feed is doing, from {@code ingest.feed-state}.
 *
 * @param lastError the typed error code of the last failed poll (e.g. BODY_TOO_LARGE); null after a success
 * @param lastStatusCode HTTP status of the last response; null when none arrived
 */
public record FeedHealth(
        String feedId,
        String url,
        Instant lastAttemptAt,
        Instant lastSuccessAt,
        Instant nextPollAt,
        int consecutiveFailures,
        Integer lastStatusCode,
        String lastError,
        long itemsSeen) {

    /** OK, FAILING (the last poll failed) or PENDING (never polled). */
    public String health() {
        if (consecutiveFailures > 0 || lastError != null) {
            return "FAILING";
        }
        return lastSuccessAt == null ? "PENDING" : "OK";
    }
}
