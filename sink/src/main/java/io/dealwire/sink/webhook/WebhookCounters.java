package io.dealwire.sink.webhook;

import java.util.Set;

/**
 * A snapshot of what the webhook sink has done since it started.
 *
 * @param delivered deliveries a receiver acknowledged with 2xx (one per event and endpoint)
 * @param retried attempts that failed transiently and were retried later
 * @param deadLettered records sent to the dead-letter topic (per event and endpoint, plus undecodable records)
 * @param disabledEndpoints ids of endpoints disabled by a 410 Gone
 */
public record WebhookCounters(long delivered, long retried, long deadLettered, Set<String> disabledEndpoints) {
    public WebhookCounters {
        disabledEndpoints = Set.copyOf(disabledEndpoints);
    }
}
