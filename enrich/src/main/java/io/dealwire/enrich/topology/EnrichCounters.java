package io.dealwire.enrich.topology;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of the enrich stage, for progress output and metrics. Counts are per process and restart at zero;
 * under exactly-once a record retried after a rebalance may be counted twice.
 */
public final class EnrichCounters {
    final AtomicLong articles = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong dealEvents = new AtomicLong();
    final AtomicLong deadLetters = new AtomicLong();
    final AtomicLong stories = new AtomicLong();
    final AtomicLong partialExtractions = new AtomicLong();

    /** Articles enriched (duplicates not included). */
    public long articles() {
        return articles.get();
    }

    /** Articles skipped because the same content was already enriched by this extractor version. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Deal events written to {@code deals.events}. */
    public long dealEvents() {
        return dealEvents.get();
    }

    /** Records sent to {@code news.dlq}. */
    public long deadLetters() {
        return deadLetters.get();
    }

    /** Articles the extractor read only in part (longer or denser than its bounds); their deals are still written. */
    public long partialExtractions() {
        return partialExtractions.get();
    }

    /** Deal story updates written to {@code deals.current}. */
    public long stories() {
        return stories.get();
    }
}
