package io.dealwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.MutableClock;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeedSchedulerTest {
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final FeedScheduler scheduler = new FeedScheduler(clock, new SplittableRandom(7));

    @Test
    void firstFeedIsDueAtOnce() {
        scheduler.upsert(feed("https://a.example/rss"), 0);

        clock.advance(Duration.ofMillis(1));

        assertThat(scheduler.due()).hasSize(1);
    }

    @Test
    void manyNewFeedsAreSpreadOverAMinute() {
        for (int i = 0; i < 1_000; i++) {
            scheduler.upsert(feed("https://feeds.example/" + i), i % 3);
        }

        assertThat(scheduler.due().size()).isLessThan(20);
        clock.advance(Duration.ofSeconds(30));
        assertThat(scheduler.due().size()).isBetween(300, 700);
        clock.advance(Duration.ofSeconds(30));
        assertThat(scheduler.due()).hasSize(1_000);
    }

    @Test
    void restoredStateDecidesWhenAFeedIsDue() {
        FeedDefinition feed = feed("https://a.example/rss");
        scheduler.restore(
                FeedState.newBuilder(FeedPoller.freshState(feed))
                        .setNextPollAt(NOW.plusSeconds(600))
                        .build(),
                0);
        scheduler.upsert(feed, 0);

        clock.advance(Duration.ofSeconds(599));
        assertThat(scheduler.due()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(scheduler.due()).extracting(s -> s.definition().getFeedId()).containsExactly(feed.getFeedId());
        assertThat(scheduler.stateOf(feed).getNextPollAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void droppedPartitionsAndDisabledFeedsAreNotPolled() {
        FeedDefinition kept = feed("https://a.example/rss");
        FeedDefinition moved = feed("https://b.example/rss");
        FeedDefinition disabled = feed("https://c.example/rss");
        scheduler.upsert(kept, 0);
        scheduler.upsert(moved, 1);
        scheduler.upsert(disabled, 0);
        scheduler.upsert(FeedDefinition.newBuilder(disabled).setEnabled(false).build(), 0);

        scheduler.dropPartitions(Set.of(1));
        clock.advance(Duration.ofMinutes(1));

        assertThat(scheduler.due()).extracting(s -> s.definition().getFeedId()).containsExactly(kept.getFeedId());
    }

    @Test
    void revokingAPartitionKeepsStatesOfOtherPartitionsWhoseDefinitionsAreStillToCome() {
        FeedDefinition kept = feed("https://a.example/rss");
        FeedDefinition moved = feed("https://b.example/rss");
        scheduler.restore(
                FeedState.newBuilder(FeedPoller.freshState(kept))
                        .setItemsSeen(5)
                        .build(),
                0);
        scheduler.restore(
                FeedState.newBuilder(FeedPoller.freshState(moved))
                        .setItemsSeen(7)
                        .build(),
                1);

        scheduler.dropPartitions(Set.of(1));

        assertThat(scheduler.stateOf(kept).getItemsSeen()).isEqualTo(5);
        assertThat(scheduler.stateOf(moved).getItemsSeen()).isZero();
    }

    @Test
    void freshStateHasNoHistory() {
        FeedState state = scheduler.stateOf(feed("https://a.example/rss"));

        assertThat(state.getConsecutiveFailures()).isZero();
        assertThat(state.getRecentItemIds()).isEmpty();
        assertThat(state.getNextPollAt()).isNull();
    }

    private static FeedDefinition feed(String url) {
        return FeedDefinition.newBuilder()
                .setFeedId(FeedIds.of(url))
                .setUrl(url)
                .setTags(List.of())
                .build();
    }
}
