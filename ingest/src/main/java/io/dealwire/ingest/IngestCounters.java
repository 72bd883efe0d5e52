package io.dealwire.ingest;

import io.dealwire.ingest.fetch.FetchOutcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of the ingest loop since start, readable from any thread; the metrics endpoint will export them.
 * Feed fetches are counted by outcome; article page fetches are not counted here.
 */
public final class IngestCounters {
    private final Map<FetchOutcome, LongAdder> fetches = new EnumMap<>(FetchOutcome.class);
    private final LongAdder articlesPublished = new LongAdder();
    private final LongAdder bytesFetched = new LongAdder();
    private final LongAdder transactionsCommitted = new LongAdder();
    private final LongAdder transactionsAborted = new LongAdder();

    IngestCounters() {
        for (FetchOutcome outcome : FetchOutcome.values()) {
            fetches.put(outcome, new LongAdder());
        }
    }

    /** Feed fetches that ended with {@code outcome}. */
    public long fetches(FetchOutcome outcome) {
        return fetches.get(outcome).sum();
    }

    /** Feed fetches by outcome, every outcome present. */
    public Map<FetchOutcome, Long> fetchesByOutcome() {
        Map<FetchOutcome, Long> copy = new EnumMap<>(FetchOutcome.class);
        fetches.forEach((outcome, count) -> copy.put(outcome, count.sum()));
        return copy;
    }

    /** Articles written to {@code news.articles.raw} in committed transactions. */
    public long articlesPublished() {
        return articlesPublished.sum();
    }

    /** Decompressed bytes of feed bodies read. */
    public long bytesFetched() {
        return bytesFetched.sum();
    }

    /** Poll results committed (articles plus state, one transaction each). */
    public long transactionsCommitted() {
        return transactionsCommitted.sum();
    }

    /** Poll results whose transaction was aborted; the feed is polled again. */
    public long transactionsAborted() {
        return transactionsAborted.sum();
    }

    void fetched(FetchOutcome outcome, long bytes) {
        fetches.get(outcome).increment();
        bytesFetched.add(bytes);
    }

    void committed(int articles) {
        transactionsCommitted.increment();
        articlesPublished.add(articles);
    }

    void aborted() {
        transactionsAborted.increment();
    }
}
