package io.dealwire.ingest;

import io.dealwire.ingest.fetch.FetchOutcome;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of the ingest loop since start, readable from any thread; the metrics endpoint will export them.
 * Feed fetches are counted by outcome; article page fetches are not counted here. Every HTTP request (feed, page,
 * robots.txt) is timed and reported to the {@link FetchListener}s, and the loop publishes how many due feeds wait for
 * their host as {@link HostQueues}.
 */
public final class IngestCounters {
    /** Told of every HTTP request the stage sends; called on worker threads, must be quick and thread-safe. */
    @FunctionalInterface
    public interface FetchListener {
        /** One request ended with {@code outcome} after {@code latency} (redirect hops and body included). */
        void fetched(FetchOutcome outcome, Duration latency);
    }

    /**
     * Due feeds this instance could not hand to a worker at the last look, because their host had a request in flight
     * or was still in its pause, or every worker was busy.
     *
     * @param hosts hosts with at least one waiting feed
     * @param total waiting feeds over all hosts
     * @param max waiting feeds of the host with most
     * @param inFlight polls running on workers
     */
    public record HostQueues(int hosts, int total, int max, int inFlight) {
        /** No feed waiting, none in flight. */
        public static final HostQueues EMPTY = new HostQueues(0, 0, 0, 0);
    }

    private final List<FetchListener> listeners = new CopyOnWriteArrayList<>();
    private volatile HostQueues queues = HostQueues.EMPTY;
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

    /**
     * Poll results committed: each result's articles and state atomically, several results sharing a transaction
     * when they finished together.
     */
    public long transactionsCommitted() {
        return transactionsCommitted.sum();
    }

    /** Poll results not committed (transaction aborted or result not encodable); the feed is polled again. */
    public long transactionsAborted() {
        return transactionsAborted.sum();
    }

    /** Adds a listener told of every HTTP request from now on. */
    public void addFetchListener(FetchListener listener) {
        listeners.add(listener);
    }

    /** The per-host queue figures at the ingest loop's last look. */
    public HostQueues hostQueues() {
        return queues;
    }

    void queues(HostQueues latest) {
        queues = latest;
    }

    void requested(FetchOutcome outcome, Duration latency) {
        for (FetchListener listener : listeners) {
            listener.fetched(outcome, latency);
        }
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
