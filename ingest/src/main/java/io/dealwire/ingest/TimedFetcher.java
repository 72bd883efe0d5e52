package io.dealwire.ingest;

import io.dealwire.ingest.fetch.FetchRequest;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import java.time.Duration;

/** A {@link Fetcher} that times each call of the one it wraps and reports it to the stage's counters. */
final class TimedFetcher implements Fetcher {
    private final Fetcher direct;
    private final IngestCounters counters;

    TimedFetcher(Fetcher direct, IngestCounters counters) {
        this.direct = direct;
        this.counters = counters;
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        long started = System.nanoTime();
        FetchResult result = direct.fetch(request);
        counters.requested(result.outcome(), Duration.ofNanos(System.nanoTime() - started));
        return result;
    }
}
