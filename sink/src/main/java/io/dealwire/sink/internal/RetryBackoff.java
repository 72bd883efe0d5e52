package io.dealwire.sink.internal;

import java.time.Duration;

/**
 * Exponential backoff between retries: starts at 100 ms (or the maximum, if smaller), doubles on each failure, capped
 * at the maximum, back to the start after a success. Not thread-safe.
 */
public final class RetryBackoff {
    private static final Duration START = Duration.ofMillis(100);

    private final Duration max;
    private Duration next;
    private int failures;

    /** A backoff whose waits never exceed {@code max}. */
    public RetryBackoff(Duration max) {
        if (max == null || max.isNegative() || max.isZero()) {
            throw new IllegalArgumentException("max backoff must be positive, was " + max);
        }
        this.max = max;
        this.next = min(START, max);
    }

    /** Records a failure and returns how long to wait before the next attempt. */
    public Duration onFailure() {
        Duration wait = next;
        failures++;
        next = min(next.multipliedBy(2), max);
        return wait;
    }

    /** Failures since the last success. */
    public int failures() {
        return failures;
    }

    /** Records a success: the next failure waits the shortest time again. */
    public void onSuccess() {
        failures = 0;
        next = min(START, max);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
