package io.dealwire.ingest;

import io.dealwire.ingest.article.ArticleAssembler;
import io.dealwire.ingest.feed.FeedPoller;
import io.dealwire.ingest.feed.FeedScheduler;
import io.dealwire.ingest.feed.PollResult;
import io.dealwire.ingest.fetch.Fetcher;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.ingest.politeness.HostGate;
import io.dealwire.ingest.politeness.PoliteFetcher;
import io.dealwire.ingest.robots.RobotsCache;
import io.dealwire.schemas.avro.FeedState;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an ingest worker does with a feed it is handed: read the host's robots.txt first when its verdict is not
 * cached, else poll the feed. Jobs never throw; a failure outside the poller's own error handling comes back as an
 * empty {@link Done}.
 */
final class PollJobs {
    private static final Logger LOG = LoggerFactory.getLogger(PollJobs.class);

    private final FeedPoller poller;
    private final Optional<RobotsCache> robots;
    private final Clock clock;

    PollJobs(FeedPoller poller, Optional<RobotsCache> robots, Clock clock) {
        this.poller = poller;
        this.robots = robots;
        this.clock = clock;
    }

    /** The polite fetching stack over {@code httpClient}: timed requests, robots.txt, the host gate, article pages. */
    static PollJobs build(
            IngestConfig config, Clock clock, HttpClient httpClient, HostGate gate, IngestCounters counters) {
        // timed inside the politeness gate: the latency is the request's own, not the wait for the host's turn
        Fetcher direct = new TimedFetcher(new HttpFetcher(httpClient, config), counters);
        // politeness runs on real time whatever clock the stage is given: pauses are actually waited
        RobotsCache robots = new RobotsCache(direct, gate, config, clock);
        Fetcher fetcher = new PoliteFetcher(direct, robots, gate, config);
        FeedPoller poller =
                new FeedPoller(fetcher, new ArticleAssembler(fetcher, config.fetchArticlePages()), config, clock);
        return new PollJobs(poller, Optional.of(robots), clock);
    }

    /** The job for {@code feed}: its host's robots.txt when that must be read first, else the poll itself. */
    Runnable jobFor(FeedScheduler.Scheduled feed, FeedState previous, java.util.function.Consumer<Done> finished) {
        Optional<URI> robotsFirst = robotsToFetch(previous.getUrl());
        return () ->
                finished.accept(robotsFirst.isPresent() ? readRobots(feed, robotsFirst.get()) : poll(feed, previous));
    }

    /**
     * The feed URL whose robots.txt must be read first, when the host's verdict is not cached or has expired: it is
     * read on its own, and the feed stays due until the pause after it has passed, so no worker sits out that pause.
     */
    private Optional<URI> robotsToFetch(String feedUrl) {
        if (robots.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI url = URI.create(feedUrl.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                return Optional.empty();
            }
            boolean fresh = robots.get()
                    .cached(url)
                    .filter(policy -> policy.isFresh(clock.instant()))
                    .isPresent();
            return fresh ? Optional.empty() : Optional.of(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the poll reports the bad URL
        }
    }

    private Done readRobots(FeedScheduler.Scheduled feed, URI url) {
        try {
            robots.orElseThrow().policyFor(url);
            return new Done(feed, Optional.empty(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Done(feed, Optional.empty(), false);
        } catch (RuntimeException e) {
            LOG.atError()
                    .addKeyValue("feedId", feed.definition().getFeedId())
                    .addKeyValue("feedUrl", url)
                    .setCause(e)
                    .log("robots.txt read failed");
            return new Done(feed, Optional.empty(), false);
        }
    }

    private Done poll(FeedScheduler.Scheduled feed, FeedState previous) {
        try {
            return new Done(feed, Optional.of(poller.poll(feed.definition(), previous)), false);
        } catch (RuntimeException | Error e) {
            LOG.atError()
                    .addKeyValue("feedId", feed.definition().getFeedId())
                    .setCause(e)
                    .log("feed poll worker failed");
            return new Done(feed, Optional.empty(), false);
        }
    }

    /**
     * A finished job; empty when the worker failed outside the poller's own error handling, or when it only read
     * the host's robots.txt ({@code robotsOnly}: the feed stays due).
     */
    record Done(FeedScheduler.Scheduled feed, Optional<PollResult> result, boolean robotsOnly) {}
}
