package io.dealwire.ingest.feed;

import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Which feeds this instance owns and when each is due. A feed with stored state is due at its {@code nextPollAt};
 * a feed never polled is due at once, with jitter that grows with the number of never-polled feeds (up to a
 * minute) so importing thousands of feeds does not fire thousands of requests in the same second. A feed whose state
 * says {@code GONE} (HTTP 410) is never due until its definition's URL changes; a changed URL also replaces the one
 * in the stored state (which may differ from the definition after a permanent redirect or feed discovery). Not
 * thread-safe: one ingest loop owns it.
 */
public final class FeedScheduler {
    private static final long JITTER_STEP_MILLIS = 250;
    private static final int JITTER_STEPS_MAX = 240;

    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, Scheduled> feeds = new HashMap<>();
    private final Map<String, Stored> states = new HashMap<>();

    private record Stored(FeedState state, int partition) {}

    /** A feed this instance polls. */
    public record Scheduled(FeedDefinition definition, int partition, Instant due) {}

    /** A scheduler timing with {@code clock}, drawing jitter from {@code random}. */
    public FeedScheduler(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /** Adds or replaces a feed definition read from partition {@code partition}; a disabled feed is removed. */
    public void upsert(FeedDefinition definition, int partition) {
        if (!definition.getEnabled()) {
            feeds.remove(definition.getFeedId());
            return;
        }
        Scheduled known = feeds.get(definition.getFeedId());
        if (urlChanged(known, definition)) {
            relocate(definition);
            known = null; // a new URL is a new feed to the schedule: polled soon, a disabled one enabled again
        }
        Instant due = known != null ? known.due() : firstDue(definition.getFeedId());
        feeds.put(definition.getFeedId(), new Scheduled(definition, partition, due));
    }

    /**
     * Whether the operator changed the feed's URL: against the definition held in memory, or, for a feed first seen
     * since a restart, against the definition URL its stored state was written with (null in v1 states: unknown,
     * taken as unchanged).
     */
    private boolean urlChanged(Scheduled known, FeedDefinition definition) {
        if (known != null) {
            return !known.definition().getUrl().equals(definition.getUrl());
        }
        Stored stored = states.get(definition.getFeedId());
        String written = stored == null ? null : stored.state().getDefinitionUrl();
        return written != null && !written.equals(definition.getUrl());
    }

    /** The operator changed the feed's URL: the stored state follows it, forgetting validators and errors. */
    private void relocate(FeedDefinition definition) {
        states.computeIfPresent(
                definition.getFeedId(),
                (id, stored) -> new Stored(
                        FeedState.newBuilder(stored.state())
                                .setUrl(definition.getUrl())
                                .setDefinitionUrl(definition.getUrl())
                                .setRedirectTarget(null)
                                .setRedirectSightings(0)
                                .setEtag(null)
                                .setLastModified(null)
                                .setLastError(null)
                                .setConsecutiveFailures(0)
                                .setNextPollAt(null)
                                .build(),
                        stored.partition()));
    }

    /** Removes a feed (its definition was deleted); its state is forgotten too. */
    public void remove(String feedId) {
        feeds.remove(feedId);
        states.remove(feedId);
    }

    /** Records state restored from partition {@code partition} of the state topic, or written there after a poll. */
    public void restore(FeedState state, int partition) {
        states.put(state.getFeedId(), new Stored(state, partition));
        Scheduled known = feeds.get(state.getFeedId());
        if (known != null) {
            feeds.put(state.getFeedId(), new Scheduled(known.definition(), known.partition(), dueOf(state)));
        }
    }

    /** Forgets every feed read from the given partitions (they now belong to another instance). */
    public void dropPartitions(Set<Integer> partitions) {
        feeds.values().removeIf(feed -> partitions.contains(feed.partition()));
        states.values().removeIf(stored -> partitions.contains(stored.partition()));
    }

    /** Feeds due at the clock's current time, most overdue first. */
    public List<Scheduled> due() {
        Instant now = clock.instant();
        return feeds.values().stream()
                .filter(feed -> !feed.due().isAfter(now))
                .sorted(Comparator.comparing(Scheduled::due))
                .toList();
    }

    /** The stored state of {@code definition}'s feed, or a fresh one. */
    public FeedState stateOf(FeedDefinition definition) {
        return Optional.ofNullable(states.get(definition.getFeedId()))
                .map(Stored::state)
                .orElseGet(() -> FeedPoller.freshState(definition));
    }

    /** The feed's schedule entry, if this instance owns it. */
    public Optional<Scheduled> feed(String feedId) {
        return Optional.ofNullable(feeds.get(feedId));
    }

    /** Delays a feed (e.g. after its result could not be published). */
    public void postpone(String feedId, Duration delay) {
        feeds.computeIfPresent(
                feedId,
                (id, feed) -> new Scheduled(
                        feed.definition(), feed.partition(), clock.instant().plus(delay)));
    }

    /** Number of feeds owned. */
    public int size() {
        return feeds.size();
    }

    private Instant firstDue(String feedId) {
        Stored stored = states.get(feedId);
        if (stored != null) {
            return dueOf(stored.state());
        }
        // counting stops at the cap: an import of 10,000 new feeds costs 240 look-ups per feed, not 10,000
        long neverPolled = feeds.keySet().stream()
                .filter(id -> !states.containsKey(id))
                .limit(JITTER_STEPS_MAX)
                .count();
        long bound = 1 + JITTER_STEP_MILLIS * neverPolled;
        return clock.instant().plusMillis(random.nextLong(bound));
    }

    private Instant dueOf(FeedState state) {
        if (FetchOutcome.GONE.name().equals(state.getLastError())) {
            return Instant.MAX; // 410: disabled until the definition's URL changes
        }
        return state.getNextPollAt() != null ? state.getNextPollAt() : clock.instant();
    }
}
