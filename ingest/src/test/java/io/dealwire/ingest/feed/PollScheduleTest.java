package io.dealwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.schemas.avro.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private final IngestConfig config = IngestConfig.defaults(); // 5 min, 15 min, 6 h
    private final PollSchedule exact = new PollSchedule(config, () -> 0L);

    private static FeedState polledBefore(Duration chosenInterval) {
        Instant last = NOW.minus(chosenInterval);
        return FeedState.newBuilder()
                .setFeedId("f")
                .setUrl("https://example.org/feed")
                .setLastAttemptAt(last)
                .setNextPollAt(last.plus(chosenInterval))
                .build();
    }

    @Test
    void retryAfterSecondsAndAllThreeHttpDateFormats() {
        assertThat(PollSchedule.retryAfter(" 120 ", NOW)).contains(Duration.ofSeconds(120));
        assertThat(PollSchedule.retryAfter("Sun, 22 Nov 2026 07:00:00 GMT", NOW))
                .contains(Duration.ofHours(1));
        assertThat(PollSchedule.retryAfter("Sunday, 22-Nov-26 07:00:00 GMT", NOW))
                .contains(Duration.ofHours(1));
        assertThat(PollSchedule.retryAfter("Sun Nov 22 07:00:00 2026", NOW)).contains(Duration.ofHours(1));
        assertThat(PollSchedule.retryAfter("Sun, 22 Nov 2026 05:00:00 GMT", NOW))
                .contains(Duration.ZERO);
        assertThat(PollSchedule.retryAfter("soon", NOW)).isEmpty();
        assertThat(PollSchedule.retryAfter("-5", NOW)).isEmpty();
    }

    @Test
    void absurdRetryAfterIsCappedAtTheMaximumInterval() {
        assertThat(exact.afterFailure(NOW, 1, Optional.of("99999999999999999999999")))
                .isEqualTo(NOW.plus(Duration.ofHours(6)));
        assertThat(exact.afterFailure(NOW, 1, Optional.of("Fri, 01 Jan 2100 00:00:00 GMT")))
                .isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void neverPollsBeforeRetryAfterWhateverTheJitter() {
        PollSchedule jittered = new PollSchedule(config, new SplittableRandom(7));
        for (int i = 0; i < 100; i++) {
            assertThat(jittered.afterFailure(NOW, 1, Optional.of("3600"))).isEqualTo(NOW.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void backoffJitterStaysInTheUpperHalfOfTheExponentialDelay() {
        PollSchedule jittered = new PollSchedule(config, new SplittableRandom(7));
        java.util.Set<Instant> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            Instant next = jittered.afterFailure(NOW, 3, Optional.empty()); // 15 min * 8 = 2 h
            assertThat(next).isBetween(NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2)));
            seen.add(next);
        }
        assertThat(seen).hasSizeGreaterThan(100);
    }

    @Test
    void busyFeedIsPolledAtHalfItsItemGapWithinBounds() {
        List<Instant> hourly = List.of(NOW.minusSeconds(3 * 3600), NOW.minusSeconds(2 * 3600), NOW.minusSeconds(3600));
        List<Instant> everyMinute = List.of(NOW.minusSeconds(120), NOW.minusSeconds(60));

        assertThat(exact.afterSuccess(NOW, polledBefore(Duration.ofMinutes(15)), 2, hourly))
                .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(exact.afterSuccess(NOW, polledBefore(Duration.ofMinutes(15)), 2, everyMinute))
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void quietFeedSlowsDownByHalfUpToTheMaximum() {
        assertThat(exact.afterSuccess(NOW, polledBefore(Duration.ofMinutes(20)), 0, List.of()))
                .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(exact.afterSuccess(NOW, polledBefore(Duration.ofHours(5)), 0, List.of()))
                .isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void newItemsWithoutDatesUseTheDefaultInterval() {
        assertThat(exact.afterSuccess(NOW, polledBefore(Duration.ofHours(5)), 3, List.of(NOW)))
                .isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }
}
