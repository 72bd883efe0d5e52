package io.dealwire.ingest.feed;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.schemas.avro.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a feed is polled next. After a success the interval follows the feed's observed update rate: half the
 * average gap between its dated items when it had new ones, growing by half after a poll that found nothing new,
 * always between the minimum and maximum poll intervals, minus up to 10% jitter. After {@code n} consecutive
 * failures: the default interval times 2^n, capped at the maximum, with "equal jitter" (a random point in its upper
 * half); never before a server's {@code Retry-After} (seconds or HTTP date; absurd values capped at the maximum).
 */
public final class PollSchedule {
    private static final DateTimeFormatter RFC_850 =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US);
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US).withZone(java.time.ZoneOffset.UTC);

    private final Duration min;
    private final Duration normal;
    private final Duration max;
    private final RandomGenerator random;

    /** The schedule of {@code config}'s poll intervals, with jitter from {@code random}. */
    public PollSchedule(IngestConfig config, RandomGenerator random) {
        this.min = config.minPollInterval();
        this.normal = config.defaultPollInterval();
        this.max = config.maxPollInterval();
        this.random = random;
    }

    /** The next poll after a success at {@code now}, at the default interval (less jitter). */
    public Instant afterSuccess(Instant now) {
        return now.plus(jitterDown(normal));
    }

    /**
     * The next poll after a success at {@code now}.
     *
     * @param previous the feed's state before this poll
     * @param newItems how many items were new in this poll (0 after a 304)
     * @param itemDates the dates the feed itself gave its items (fetch-time fallbacks excluded)
     */
    public Instant afterSuccess(Instant now, FeedState previous, int newItems, List<Instant> itemDates) {
        Duration interval;
        if (newItems > 0) {
            interval = averageGap(itemDates).map(gap -> gap.dividedBy(2)).orElse(normal);
        } else {
            interval = previousInterval(previous).orElse(normal).multipliedBy(3).dividedBy(2);
        }
        return now.plus(jitterDown(clamp(interval)));
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
        delay = delay.minusMillis(random.nextLong(delay.toMillis() / 2 + 1));
        Duration asked = retryAfter.flatMap(value -> retryAfter(value, now)).orElse(Duration.ZERO);
        if (asked.compareTo(delay) > 0) {
            delay = asked.compareTo(max) > 0 ? max : asked;
        }
        return now.plus(delay.compareTo(min) < 0 ? min : delay);
    }

    /**
     * The delay a {@code Retry-After} value asks for at {@code now}: delta-seconds or an HTTP date (RFC 9110 §10.2.3,
     * the three date formats of §5.6.7); empty when it is neither. Very large numbers come back as a very long delay
     * for the caller to cap.
     */
    static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.strip();
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return Optional.of(text.length() > 12 ? Duration.ofDays(36_500) : Duration.ofSeconds(Long.parseLong(text)));
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME)) {
            try {
                Instant at = ZonedDateTime.parse(text, format).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notThisFormat) {
                // try the next of the formats HTTP allows
            }
        }
        return Optional.empty();
    }

    private static Optional<Duration> averageGap(List<Instant> dates) {
        if (dates.size() < 2) {
            return Optional.empty();
        }
        Instant newest = dates.stream().max(Instant::compareTo).orElseThrow();
        Instant oldest = dates.stream().min(Instant::compareTo).orElseThrow();
        Duration span = Duration.between(oldest, newest);
        return span.isZero() ? Optional.empty() : Optional.of(span.dividedBy(dates.size() - 1L));
    }

    /** The interval the previous successful poll chose, read back from its state. */
    private static Optional<Duration> previousInterval(FeedState previous) {
        if (previous.getConsecutiveFailures() > 0
                || previous.getLastAttemptAt() == null
                || previous.getNextPollAt() == null) {
            return Optional.empty();
        }
        Duration chosen = Duration.between(previous.getLastAttemptAt(), previous.getNextPollAt());
        return chosen.isNegative() || chosen.isZero() ? Optional.empty() : Optional.of(chosen);
    }

    private Duration clamp(Duration interval) {
        return interval.compareTo(min) < 0 ? min : interval.compareTo(max) > 0 ? max : interval;
    }

    private Duration jitterDown(Duration interval) {
        Duration jittered = interval.minusMillis(random.nextLong(interval.toMillis() / 10 + 1));
        return jittered.compareTo(min) < 0 ? min : jittered;
    }
}
