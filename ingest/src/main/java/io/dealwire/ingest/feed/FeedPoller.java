package io.dealwire.ingest.feed;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.article.ArticleAssembler;
import io.dealwire.ingest.article.ArticleIds;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.FetchRequest;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.RawArticle;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed: a conditional GET, parsing, and assembly of the items not seen before, returning the new {@link
 * FeedState} with them. Never throws for fetch or parse trouble: failures become state (error code, status,
 * consecutive failures, backoff). Imports no Kafka: the caller publishes the result.
 */
public final class FeedPoller {
    /** How many recent article ids a feed's state remembers for deduplication. */
    public static final int RECENT_IDS = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private final Fetcher fetcher;
    private final FeedParser parser;
    private final ArticleAssembler assembler;
    private final PollSchedule schedule;
    private final Clock clock;

    /** A poller fetching with {@code fetcher}, assembling with {@code assembler}, timing with {@code clock}. */
    public FeedPoller(Fetcher fetcher, ArticleAssembler assembler, IngestConfig config, Clock clock) {
        this(fetcher, assembler, config, clock, new SplittableRandom());
    }

    /** As {@link #FeedPoller(Fetcher, ArticleAssembler, IngestConfig, Clock)}, drawing jitter from {@code random}. */
    public FeedPoller(
            Fetcher fetcher, ArticleAssembler assembler, IngestConfig config, Clock clock, RandomGenerator random) {
        this.fetcher = fetcher;
        this.parser = new FeedParser();
        this.assembler = assembler;
        this.schedule = new PollSchedule(config, random);
        this.clock = clock;
    }

    /** The state of a feed never polled before. */
    public static FeedState freshState(FeedDefinition definition) {
        return FeedState.newBuilder()
                .setFeedId(definition.getFeedId())
                .setUrl(definition.getUrl())
                .build();
    }

    /** Polls {@code definition} from {@code previous} (which may be {@link #freshState fresh}); never throws. */
    public PollResult poll(FeedDefinition definition, FeedState previous) {
        Instant now = clock.instant();
        try {
            return attempt(definition, previous, now);
        } catch (RuntimeException e) {
            LOG.atError()
                    .addKeyValue("feedId", definition.getFeedId())
                    .addKeyValue("feedUrl", definition.getUrl())
                    .setCause(e)
                    .log("feed poll failed unexpectedly");
            URI url = URI.create("about:blank");
            return failed(
                    previous, definition, now, FetchResult.failure(FetchOutcome.UNEXPECTED, url, 0, e.toString()));
        }
    }

    private PollResult attempt(FeedDefinition definition, FeedState previous, Instant now) {
        URI url;
        try {
            url = URI.create(definition.getUrl().strip());
        } catch (IllegalArgumentException e) {
            return failed(
                    previous,
                    definition,
                    now,
                    FetchResult.failure(FetchOutcome.BAD_SCHEME, URI.create("about:blank"), 0, e.getMessage()));
        }
        boolean sameUrl = definition.getUrl().equals(previous.getUrl());
        FetchRequest request = new FetchRequest(
                url,
                Optional.ofNullable(sameUrl ? previous.getEtag() : null),
                Optional.ofNullable(sameUrl ? previous.getLastModified() : null));
        FetchResult fetched = fetcher.fetch(request);
        if (fetched.outcome() == FetchOutcome.NOT_MODIFIED) {
            Instant next = schedule.afterSuccess(now, previous, 0, List.of());
            FeedState state =
                    succeeded(previous, definition, now, fetched, next).build();
            return new PollResult(state, List.of(), FetchOutcome.NOT_MODIFIED, 0);
        }
        if (!fetched.ok()) {
            return failed(previous, definition, now, fetched);
        }
        try {
            ParsedFeed feed = parser.parse(fetched.body(), fetched.headers().contentType(), fetched.finalUrl(), now);
            return fresh(definition, previous, feed, fetched, now);
        } catch (FeedParseException e) {
            FetchResult failure =
                    FetchResult.failure(e.code(), fetched.finalUrl(), fetched.statusCode(), e.getMessage());
            return failed(previous, definition, now, failure);
        }
    }

    private PollResult fresh(
            FeedDefinition definition, FeedState previous, ParsedFeed feed, FetchResult fetched, Instant now) {
        Set<String> recent = new LinkedHashSet<>(previous.getRecentItemIds());
        List<RawArticle> articles = new ArrayList<>();
        Set<String> inThisFeed = new LinkedHashSet<>();
        for (FeedItem item : feed.items()) {
            String id = ArticleIds.of(definition.getFeedId(), item);
            if (!inThisFeed.add(id) || recent.contains(id)) {
                continue;
            }
            articles.add(assembler.assemble(definition, item, feed.language(), now));
        }
        List<String> ids = new ArrayList<>(inThisFeed);
        // feeds list newest first: re-add oldest first so the newest ids end up last, as the schema says
        for (int i = ids.size() - 1; i >= 0; i--) {
            recent.remove(ids.get(i));
            recent.add(ids.get(i));
        }
        List<Instant> dates = feed.items().stream()
                .filter(item -> item.publishedAtSource() != PublishedAtSource.FETCH_TIME)
                .map(FeedItem::publishedAt)
                .toList();
        Instant next = schedule.afterSuccess(now, previous, articles.size(), dates);
        FeedState state = succeeded(previous, definition, now, fetched, next)
                .setItemsSeen(previous.getItemsSeen() + articles.size())
                .setRecentItemIds(newest(recent))
                .build();
        LOG.atDebug()
                .addKeyValue("feedId", definition.getFeedId())
                .addKeyValue("items", feed.items().size())
                .addKeyValue("new", articles.size())
                .log("feed polled");
        return new PollResult(state, articles, FetchOutcome.OK, fetched.body().length);
    }

    private FeedState.Builder succeeded(
            FeedState previous, FeedDefinition definition, Instant now, FetchResult fetched, Instant next) {
        FeedState.Builder state = FeedState.newBuilder(previous)
                .setUrl(definition.getUrl())
                .setLastAttemptAt(now)
                .setLastSuccessAt(now)
                .setNextPollAt(next)
                .setConsecutiveFailures(0)
                .setLastStatusCode(fetched.status().orElse(null))
                .setLastError(null);
        if (fetched.ok()) {
            state.setEtag(fetched.headers().etag().orElse(null))
                    .setLastModified(fetched.headers().lastModified().orElse(null));
        }
        return state;
    }

    private PollResult failed(FeedState previous, FeedDefinition definition, Instant now, FetchResult failure) {
        int failures = previous.getConsecutiveFailures() + 1;
        FeedState state = FeedState.newBuilder(previous)
                .setUrl(definition.getUrl())
                .setLastAttemptAt(now)
                .setNextPollAt(
                        schedule.afterFailure(now, failures, failure.headers().retryAfter()))
                .setConsecutiveFailures(failures)
                .setLastStatusCode(failure.status().orElse(null))
                .setLastError(failure.outcome().name())
                .build();
        LOG.atWarn()
                .addKeyValue("feedId", definition.getFeedId())
                .addKeyValue("feedUrl", definition.getUrl())
                .addKeyValue("error", failure.outcome())
                .addKeyValue("statusCode", failure.statusCode())
                .addKeyValue("consecutiveFailures", failures)
                .addKeyValue("detail", failure.detail())
                .log("feed poll failed");
        return new PollResult(state, List.of(), failure.outcome(), 0);
    }

    private static List<String> newest(Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        return List.copyOf(all.subList(Math.max(0, all.size() - RECENT_IDS), all.size()));
    }
}
