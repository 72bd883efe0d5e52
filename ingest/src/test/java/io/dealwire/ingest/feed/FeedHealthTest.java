package io.dealwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.TestConfigs;
import io.dealwire.ingest.article.ArticleAssembler;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedHealthTest {
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Deals</title>
            <item><guid>a-1</guid><title>First</title><link>https://deals.example/1</link></item>
            <item><guid>a-1</guid><title>Same guid again</title><link>https://deals.example/2</link></item>
            <item><guid>a-3</guid><title>Third</title><link>https://deals.example/3</link></item>
            </channel></rss>""";
    private final LocalHttpServer server = new LocalHttpServer();
    private final IngestConfig config = TestConfigs.allowing(server.hostAndPort());
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)), config);
    private final FeedPoller poller = new FeedPoller(
            fetcher, new ArticleAssembler(fetcher, false), config, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L);
    private final FeedDefinition definition = FeedDefinition.newBuilder()
            .setFeedId("feed-1")
            .setUrl(server.url("/old").toString())
            .setTags(List.of())
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    private void redirect(String from, int status, String to) {
        server.on(from, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    private FeedState pollTimes(int times) {
        FeedState state = FeedPoller.freshState(definition);
        for (int i = 0; i < times; i++) {
            state = poller.poll(definition, state).state();
        }
        return state;
    }

    @Test
    void permanentRedirectMovesTheStoredUrlOnTheThirdSighting() {
        redirect("/old", 301, "/new");
        server.serve("/new", "application/rss+xml", RSS);

        FeedState afterTwo = pollTimes(2);
        FeedState afterThree = poller.poll(definition, afterTwo).state();
        poller.poll(definition, afterThree);

        assertThat(afterTwo.getUrl()).isEqualTo(server.url("/old").toString());
        assertThat(afterThree.getUrl()).isEqualTo(server.url("/new").toString());
        assertThat(server.requests()).extracting(LocalHttpServer.Request::path).endsWith("/new");
        assertThat(server.requests().stream().filter(r -> r.path().equals("/old")))
                .hasSize(3);
    }

    @Test
    void redirectSightingsSurviveARestart() {
        redirect("/old", 301, "/new");
        server.serve("/new", "application/rss+xml", RSS);

        FeedState afterTwo = pollTimes(2);
        // a restart: the state comes back from ingest.feed-state, polled by a new poller
        FeedState restored = throughTopic(afterTwo);
        FeedPoller restarted = new FeedPoller(
                fetcher, new ArticleAssembler(fetcher, false), config, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L);
        FeedState afterThree = restarted.poll(definition, restored).state();

        assertThat(restored.getRedirectTarget()).isEqualTo(server.url("/new").toString());
        assertThat(restored.getRedirectSightings()).isEqualTo(2);
        assertThat(afterThree.getUrl()).isEqualTo(server.url("/new").toString());
        assertThat(afterThree.getRedirectTarget()).isNull();
        assertThat(afterThree.getRedirectSightings()).isZero();
        assertThat(afterThree.getDefinitionUrl()).isEqualTo(server.url("/old").toString());
    }

    @Test
    void aFeedThatStopsRedirectingForgetsItsSightings() {
        java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
        server.on("/old", exchange -> {
            if (polls.getAndIncrement() == 1) {
                byte[] body = RSS.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Location", "/new");
            exchange.sendResponseHeaders(301, -1);
        });
        server.serve("/new", "application/rss+xml", RSS);

        FeedState state = pollTimes(3);

        assertThat(state.getUrl()).isEqualTo(server.url("/old").toString());
        assertThat(state.getRedirectSightings()).isEqualTo(1);
    }

    @Test
    void aDefinitionUrlChangedWhileStoppedReplacesTheRestoredUrl() {
        FeedState moved = FeedState.newBuilder(FeedPoller.freshState(definition))
                .setUrl(server.url("/new").toString())
                .setEtag("\"v7\"")
                .build();
        FeedScheduler scheduler = new FeedScheduler(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1));
        scheduler.restore(throughTopic(moved), 0);

        FeedDefinition edited = FeedDefinition.newBuilder(definition)
                .setUrl(server.url("/edited").toString())
                .build();
        scheduler.upsert(edited, 0);

        assertThat(scheduler.stateOf(edited).getUrl())
                .isEqualTo(server.url("/edited").toString());
        assertThat(scheduler.stateOf(edited).getDefinitionUrl())
                .isEqualTo(server.url("/edited").toString());
        assertThat(scheduler.stateOf(edited).getEtag()).isNull();
    }

    @Test
    void anUnchangedDefinitionKeepsTheRedirectedUrlAfterARestart() {
        FeedState moved = FeedState.newBuilder(FeedPoller.freshState(definition))
                .setUrl(server.url("/new").toString())
                .build();
        FeedScheduler scheduler = new FeedScheduler(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1));
        scheduler.restore(throughTopic(moved), 0);

        scheduler.upsert(definition, 0);

        assertThat(scheduler.stateOf(definition).getUrl())
                .isEqualTo(server.url("/new").toString());
    }

    private static FeedState throughTopic(FeedState state) {
        String topic = io.dealwire.schemas.topic.Topics.FEED_STATE.name();
        var serde = io.dealwire.schemas.topic.Topics.FEED_STATE.valueSerde().get();
        return serde.deserializer().deserialize(topic, serde.serializer().serialize(topic, state));
    }

    @Test
    void temporaryRedirectsNeverMoveTheFeed() {
        redirect("/old", 307, "/elsewhere");
        server.serve("/elsewhere", "application/rss+xml", RSS);

        FeedState state = pollTimes(5);

        assertThat(state.getUrl()).isEqualTo(server.url("/old").toString());
        assertThat(state.getLastError()).isNull();
    }

    @Test
    void permanentRedirect308CountsLike301() {
        redirect("/old", 308, "/new");
        server.serve("/new", "application/rss+xml", RSS);

        assertThat(pollTimes(3).getUrl()).isEqualTo(server.url("/new").toString());
    }

    @Test
    void aChangingPermanentTargetStartsTheCountAgain() {
        java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
        server.on("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", polls.getAndIncrement() == 1 ? "/other" : "/new");
            exchange.sendResponseHeaders(301, -1);
        });
        server.serve("/new", "application/rss+xml", RSS);
        server.serve("/other", "application/rss+xml", RSS);

        assertThat(pollTimes(3).getUrl()).isEqualTo(server.url("/old").toString());
    }

    @Test
    void goneDisablesTheFeedAndTheSchedulerNeverPollsIt() {
        server.on("/old", exchange -> exchange.sendResponseHeaders(410, -1));
        FeedScheduler scheduler =
                new FeedScheduler(Clock.fixed(NOW.plus(Duration.ofDays(400)), ZoneOffset.UTC), new SplittableRandom(1));

        FeedState state = pollTimes(1);
        scheduler.upsert(definition, 0);
        scheduler.restore(state, 0);

        assertThat(state.getLastError()).isEqualTo("GONE");
        assertThat(state.getLastStatusCode()).isEqualTo(410);
        assertThat(state.getNextPollAt()).isNull();
        assertThat(scheduler.due()).isEmpty();
    }

    @Test
    void aChangedDefinitionUrlRevivesAGoneFeed() {
        server.on("/old", exchange -> exchange.sendResponseHeaders(410, -1));
        FeedScheduler scheduler = new FeedScheduler(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1));
        scheduler.upsert(definition, 0);
        scheduler.restore(pollTimes(1), 0);

        FeedDefinition moved = FeedDefinition.newBuilder(definition)
                .setUrl(server.url("/new").toString())
                .build();
        scheduler.upsert(moved, 0);

        assertThat(scheduler.stateOf(moved).getUrl())
                .isEqualTo(server.url("/new").toString());
        assertThat(scheduler.stateOf(moved).getLastError()).isNull();
    }

    @Test
    void longLasting404IsFlaggedAndPolledAtTheLongestInterval() {
        server.on("/old", exchange -> exchange.sendResponseHeaders(404, -1));

        FeedState four = pollTimes(4);
        FeedState five = poller.poll(definition, four).state();

        assertThat(four.getLastError()).isEqualTo("HTTP_STATUS");
        assertThat(five.getLastError()).isEqualTo("NOT_FOUND_LONG");
        assertThat(five.getConsecutiveFailures()).isEqualTo(5);
        assertThat(five.getNextPollAt()).isEqualTo(NOW.plus(config.maxPollInterval()));
    }

    @Test
    void htmlPageAdvertisingAFeedIsReplacedByThatFeed() {
        server.serve("/old", "text/html", """
                <!DOCTYPE html><html><head><title>Deals</title>
                <link rel="stylesheet" href="/s.css">
                <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
                </head><body>Deals</body></html>""");
        server.serve("/feed.xml", "application/rss+xml", RSS);

        PollResult result = poller.poll(definition, FeedPoller.freshState(definition));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.state().getUrl()).isEqualTo(server.url("/feed.xml").toString());
        assertThat(result.articles())
                .extracting(a -> a.getTitle())
                .containsExactly("First", "Same guid again", "Third");
    }

    @Test
    void htmlPageWithoutAFeedIsNotAFeedAndSaysWhenNext() {
        server.serve("/old", "text/html", "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>");

        FeedState state = pollTimes(1);

        assertThat(state.getLastError()).isEqualTo("NOT_A_FEED");
        assertThat(state.getNextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(state.getUrl()).isEqualTo(server.url("/old").toString());
    }

    @Test
    void itemsSharingAGuidAreNotMergedSilently() {
        server.serve("/old", "application/rss+xml", RSS);

        PollResult result = poller.poll(definition, FeedPoller.freshState(definition));

        assertThat(result.articles()).extracting(a -> a.getGuid()).containsExactly("a-1", "a-1", "a-3");
        assertThat(result.articles()).extracting(a -> a.getArticleId()).doesNotHaveDuplicates();
        assertThat(result.state().getRecentItemIds()).hasSize(3);
    }
}
