package io.dealwire.ingest.feed;

import io.dealwire.ingest.IngestConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a feed is polled next: the default interval after a success; after {@code n} consecutive failures the
 * default interval times 2^n, capped at the maximum; never before a server's {@code Retry-After} (also capped).
 */
public final class PollSchedule {
    private final Duration min;
    private final Duration normal;
    private final Duration max;

    /** The schedule of {@code config}'s poll intervals. */
    public PollSchedule(IngestConfig config) {
        this.min = config.minPollInterval();
        this.normal = config.defaultPollInterval();
        this.max = config.maxPollInterval();
    }

    /** The next poll after a success at {@code now}. */
    public Instant afterSuccess(Instant now) {
        return now.plus(normal);
    }

    /**
     * The next poll after the {@code failures}-th consecutive failure at {@code now}.
     *
     * @param retryAfter the server's {@code Retry-After} header (seconds or HTTP date), if any
     */
    public Instant afterFailure(Instant now, int failures, Optional<String> retryAfter) {
        int exponent = Math.min(Math.max(failures, 1), 20);
        Duration backoff = normal.multipliedBy(1L << exponent);
        Duration delay = backoff.compareTo(max) > 0 ? max : backoff;
        Duration asked = retryAfter.flatMap(value -> retryAfter(value, now)).orElse(Duration.ZERO);
        if (asked.compareTo(delay) > 0) {
            delay = asked.compareTo(max) > 0 ? max : asked;
        }
        return now.plus(delay.compareTo(min) < 0 ? min : delay);
    }

    private static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
