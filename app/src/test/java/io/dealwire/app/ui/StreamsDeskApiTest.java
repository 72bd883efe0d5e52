package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.topic.Topics;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The API over the desk's own Kafka Streams stores, the live event stream and the feeds' health. */
class StreamsDeskApiTest extends DeskApiContract {
    @Override
    void store(List<DeskFixtures.Deal> deals) throws Exception {
        for (var d : deals) {
            send(Topics.DEALS_CURRENT, Map.of(d.story().getDealId(), d.story()));
            send(Topics.DEAL_EVENTS, Map.of(d.story().getDealId(), d.event()));
            send(Topics.ARTICLES_ENRICHED, Map.of(d.article().getArticleId(), d.article()));
        }
    }

    @Override
    Optional<DataSource> postgres() {
        return Optional.empty();
    }

    @Test
    void eventStreamAnnouncesANewDealWithKeepAliveHeaders() throws Exception {
        HttpResponse<InputStream> stream = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + desk.port() + "/api/stream"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).contains("text/event-stream; charset=utf-8");
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("closed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(": connected"));

        var fresh =
                DeskFixtures.deal(run + "-fresh", DealType.IPO, "Orbit", "Orbit Space", null, DeskFixtures.T0, "en");
        send(Topics.DEALS_CURRENT, Map.of(fresh.story().getDealId(), fresh.story()));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        lines.stream().anyMatch(l -> l.startsWith("data: ") && l.contains("\"" + run + "-fresh\"")));
        int event = lines.indexOf("event: deals");
        assertThat(event).isNotNegative();
        assertThat(JSON.readTree(lines.get(event + 1).substring("data: ".length()))
                        .get("changed")
                        .asInt())
                .isPositive();
        assertThat(ids(get("/api/deals?company=orbit+space"))).contains(run + "-fresh");
        stream.body().close();
    }

    @Test
    void feedsShowTheirHealthFromFeedState() throws Exception {
        FeedState failing = DeskFixtures.feedState(run + "-f", "https://feeds.example.com/" + run, "BODY_TOO_LARGE");
        send(Topics.FEED_STATE, Map.of(run + "-f", failing));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            var feed = java.util.stream.StreamSupport.stream(
                            get("/api/feeds").get("feeds").spliterator(), false)
                    .filter(f -> f.get("feedId").asText().equals(run + "-f"))
                    .findFirst()
                    .orElseThrow();
            assertThat(feed.get("lastError").asText()).isEqualTo("BODY_TOO_LARGE");
            assertThat(feed.get("lastStatusCode").asInt()).isEqualTo(503);
            assertThat(feed.get("consecutiveFailures").asInt()).isEqualTo(2);
            assertThat(feed.get("nextPollAt").asText()).isEqualTo("2026-03-02T09:15:00Z");
        });
    }

    @Test
    void aDeskOnLoopbackRefusesOtherHostNames() throws Exception {
        // what a rebound DNS name looks like to the server: the right address, a foreign Host header
        try (var socket = new java.net.Socket("127.0.0.1", desk.port())) {
            socket.getOutputStream()
                    .write("GET /api/deals HTTP/1.1\r\nHost: attacker.example:8480\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 421");
        }
        assertThat(UiServer.loopbackHost("localhost:8480")).isTrue();
        assertThat(UiServer.loopbackHost("[::1]:8480")).isTrue();
        assertThat(UiServer.loopbackHost("127.0.0.1")).isTrue();
        assertThat(UiServer.loopbackHost("[::1]evil")).isFalse();
        assertThat(UiServer.loopbackHost("127.0.0.1.evil.example")).isFalse();
        assertThat(UiServer.loopbackHost(null)).isFalse();
    }

    @Test
    void bindsToLoopbackByDefault() {
        UiConfig defaults = UiConfig.from(io.dealwire.app.config.Settings.of(Map.of()));
        assertThat(defaults.bind()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(8480);
        assertThat(defaults.url(8480)).isEqualTo("http://127.0.0.1:8480/");
    }
}
