package io.dealwire.enrich.topology;

import java.util.Map;

/**
 * Where a replay stops: per partition of {@code news.articles.raw}, the first offset it must not process. Live
 * processing has no bounds.
 */
public final class ReplayBounds {
    /** No bounds: every record is processed. */
    public static final ReplayBounds NONE = new ReplayBounds(Map.of());

    private final Map<Integer, Long> endOffsets;

    private ReplayBounds(Map<Integer, Long> endOffsets) {
        this.endOffsets = Map.copyOf(endOffsets);
    }

    /** Stops each partition at its given end offset (exclusive); partitions not named are not processed at all. */
    public static ReplayBounds endingAt(Map<Integer, Long> endOffsets) {
        return new ReplayBounds(endOffsets);
    }

    /** True when the record at {@code offset} of {@code partition} lies outside the replay. */
    boolean beyond(int partition, long offset) {
        if (this == NONE) {
            return false;
        }
        Long end = endOffsets.get(partition);
        return end == null || offset >= end;
    }
}
