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
import io.dealwire.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private final LocalHttpServer server = new LocalHttpServer();
    private final IngestConfig config = TestConfigs.allowing(server.hostAndPort());
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)), config);
    private final FeedPoller poller = new FeedPoller(
            fetcher, new ArticleAssembler(fetcher, true), config, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L);
    private final FeedDefinition definition = definition(server.url("/feed").toString());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesThePageOfASummaryOnlyItem() throws Exception {
        serveFeed("\"v1\"");
        server.serve("/articles/lanificio", "text/html; charset=utf-8", fixture("page-it.html"));

        PollResult result = poller.poll(definition, FeedPoller.freshState(definition));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.articles()).hasSize(2);
        RawArticle fromPage = result.articles().get(0);
        assertThat(fromPage.getUrl())
                .isEqualTo(server.url("/articles/lanificio").toString());
        assertThat(fromPage.getTitle()).isEqualTo("Lanificio biellese ceduto");
        assertThat(fromPage.getText())
                .startsWith("Gruppo tessile acquisisce un lanificio biellese\n\nIl gruppo Filati");
        assertThat(fromPage.getLanguageHint()).isEqualTo("it");
        assertThat(fromPage.getPublishedAt()).isEqualTo(Instant.parse("2026-11-18T08:40:00Z"));
        assertThat(fromPage.getPublishedAtSource()).isEqualTo("PAGE_META");
        assertThat(fromPage.getFetchedAt()).isEqualTo(NOW);
        RawArticle fromFeed = result.articles().get(1);
        assertThat(fromFeed.getText()).isEqualTo(LONG_TEXT);
        assertThat(fromFeed.getLanguageHint()).isEqualTo("fr");
        assertThat(fromFeed.getPublishedAtSource()).isEqualTo("FEED_PUBLISHED");
        assertThat(server.requests())
                .extracting(LocalHttpServer.Request::path)
                .containsExactly("/feed", "/articles/lanificio");
    }

    @Test
    void recordsValidatorsAndScheduleOnSuccess() {
        serveFeed("\"v1\"");

        FeedState state =
                poller.poll(definition, FeedPoller.freshState(definition)).state();

        assertThat(state.getEtag()).isEqualTo("\"v1\"");
        assertThat(state.getLastStatusCode()).isEqualTo(200);
        assertThat(state.getLastSuccessAt()).isEqualTo(NOW);
        assertThat(state.getNextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(state.getItemsSeen()).isEqualTo(2);
        assertThat(state.getRecentItemIds()).hasSize(2);
        assertThat(state.getLastError()).isNull();
    }

    @Test
    void aSmallFeedRemembersAFewGenerationsOfItsItemsNotThousands() {
        serveFeed(null);
        List<String> older = java.util.stream.IntStream.range(0, 1_500)
                .mapToObj(i -> "older-" + i)
                .toList();
        FeedState before = FeedState.newBuilder(FeedPoller.freshState(definition))
                .setRecentItemIds(older)
                .build();

        FeedState after = poller.poll(definition, before).state();

        // two items in the feed: the floor of 200 ids applies, newest last, the feed's own items kept
        assertThat(after.getRecentItemIds()).hasSize(FeedPoller.MIN_RECENT_IDS);
        assertThat(after.getRecentItemIds().subList(0, 198)).isEqualTo(older.subList(1_302, 1_500));
        assertThat(after.getRecentItemIds().subList(198, 200)).doesNotContainAnyElementsOf(older);
        assertThat(FeedPoller.remembered(2)).isEqualTo(200);
        assertThat(FeedPoller.remembered(100)).isEqualTo(400);
        assertThat(FeedPoller.remembered(1_000)).isEqualTo(FeedPoller.RECENT_IDS);
    }

    @Test
    void secondPollOfAnUnchangedFeedPublishesNothing() {
        serveFeed("\"v1\"");
        FeedState first =
                poller.poll(definition, FeedPoller.freshState(definition)).state();

        PollResult second = poller.poll(definition, first);

        assertThat(second.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(second.articles()).isEmpty();
        assertThat(second.state().getRecentItemIds()).isEqualTo(first.getRecentItemIds());
        assertThat(server.requests().get(server.requests().size() - 1).headers().getFirst("If-None-Match"))
                .isEqualTo("\"v1\"");
    }

    @Test
    void secondPollOfAServerIgnoringValidatorsPublishesNothing() {
        serveFeed(null);
        FeedState first =
                poller.poll(definition, FeedPoller.freshState(definition)).state();

        PollResult second = poller.poll(definition, first);

        assertThat(second.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(second.articles()).isEmpty();
        assertThat(second.state().getItemsSeen()).isEqualTo(2);
    }

    @Test
    void keepsTheSummaryWhenThePageCannotBeFetched() {
        serveFeed(null);

        RawArticle article = poller.poll(definition, FeedPoller.freshState(definition))
                .articles()
                .get(0);

        assertThat(article.getText()).isEqualTo("Accordo vincolante per il Lanificio Valle Cervo.");
        assertThat(article.getLanguageHint()).isEqualTo("fr");
        assertThat(article.getPublishedAtSource()).isEqualTo("FETCH_TIME");
        assertThat(article.getPublishedAt()).isEqualTo(NOW);
    }

    @Test
    void failuresBackOffExponentiallyAndKeepTheirCode() {
        server.on("/feed", exchange -> exchange.sendResponseHeaders(500, -1));

        FeedState first =
                poller.poll(definition, FeedPoller.freshState(definition)).state();
        FeedState second = poller.poll(definition, first).state();

        assertThat(first.getConsecutiveFailures()).isEqualTo(1);
        assertThat(first.getNextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(second.getConsecutiveFailures()).isEqualTo(2);
        assertThat(second.getNextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
        assertThat(second.getLastError()).isEqualTo("HTTP_STATUS");
        assertThat(second.getLastStatusCode()).isEqualTo(500);
        assertThat(second.getLastSuccessAt()).isNull();
    }

    @Test
    void honoursRetryAfter() {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "7200");
            exchange.sendResponseHeaders(503, -1);
        });

        FeedState state =
                poller.poll(definition, FeedPoller.freshState(definition)).state();

        assertThat(state.getNextPollAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void htmlInsteadOfAFeedBecomesState() {
        server.serve("/feed", "text/html", "<!DOCTYPE html><html><body>Maintenance</body></html>");

        PollResult result = poller.poll(definition, FeedPoller.freshState(definition));

        assertThat(result.articles()).isEmpty();
        assertThat(result.state().getLastError()).isEqualTo("NOT_A_FEED");
        assertThat(result.state().getConsecutiveFailures()).isEqualTo(1);
    }

    @Test
    void anUnexpectedExceptionBecomesState() {
        FeedPoller broken = new FeedPoller(
                request -> {
                    throw new IllegalStateException("boom");
                },
                new ArticleAssembler(fetcher, false),
                config,
                Clock.fixed(NOW, ZoneOffset.UTC));

        PollResult result = broken.poll(definition, FeedPoller.freshState(definition));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.UNEXPECTED);
        assertThat(result.state().getLastError()).isEqualTo("UNEXPECTED");
        assertThat(result.state().getConsecutiveFailures()).isEqualTo(1);
    }

    @Test
    void successResetsFailures() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/feed", exchange -> {
            if (calls.getAndIncrement() == 0) {
                exchange.sendResponseHeaders(502, -1);
            } else {
                LocalHttpServer.respond(exchange, 200, "application/rss+xml", feed().getBytes(StandardCharsets.UTF_8));
            }
        });

        FeedState failed =
                poller.poll(definition, FeedPoller.freshState(definition)).state();
        FeedState recovered = poller.poll(definition, failed).state();

        assertThat(recovered.getConsecutiveFailures()).isZero();
        assertThat(recovered.getLastError()).isNull();
        assertThat(recovered.getLastStatusCode()).isEqualTo(200);
    }

    private static final String LONG_TEXT =
            "La société Ardoises de l'Ouest a finalisé l'acquisition de trois carrières bretonnes. "
                    .repeat(6)
                    .strip();

    private String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Flux mixte</title><link>https://example.org/</link><description>x</description>
                <item><title>Lanificio biellese ceduto</title><link>%s?utm_source=rss</link>
                <description>Accordo vincolante per il Lanificio Valle Cervo.</description></item>
                <item><title>Ardoises de l'Ouest rachète trois carrières</title><guid>ardoises-1</guid>
                <pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>
                <content:encoded><![CDATA[<p>%s</p>]]></content:encoded></item>
                </channel></rss>
                """.formatted(server.url("/articles/lanificio"), LONG_TEXT);
    }

    private void serveFeed(String etag) {
        server.on("/feed", exchange -> {
            if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (etag != null) {
                exchange.getResponseHeaders().set("ETag", etag);
            }
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", feed().getBytes(StandardCharsets.UTF_8));
        });
    }

    private static FeedDefinition definition(String url) {
        return FeedDefinition.newBuilder()
                .setFeedId(FeedIds.of(url))
                .setUrl(url)
                .setLanguageHint("fr")
                .setTags(List.of())
                .build();
    }

    private static String fixture(String name) throws java.io.IOException {
        return new String(FeedParserTest.fixture(name), StandardCharsets.UTF_8);
    }
}
