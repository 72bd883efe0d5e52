package io.dealwire.ingest.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.TestConfigs;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.FetchRequest;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.ingest.robots.RobotsCache;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
    private final LocalHttpServer server = new LocalHttpServer();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        server.close();
    }

    private PoliteFetcher fetcher(Duration perHostDelay) {
        IngestConfig config =
                TestConfigs.allowing(server.hostAndPort()).withPoliteness(perHostDelay, Duration.ofSeconds(1), 4);
        HttpFetcher direct = new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)), config);
        HostGate gate = new HostGate(Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
        return new PoliteFetcher(direct, new RobotsCache(direct, gate, config, Clock.systemUTC()), gate, config);
    }

    private void robotsTxt(String body) {
        server.on(
                "/robots.txt",
                exchange ->
                        LocalHttpServer.respond(exchange, 200, "text/plain", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesWhatRobotsDisallowsWithoutRequestingIt() {
        robotsTxt("User-agent: dealwire\nDisallow: /feeds/\n");
        server.serve("/feeds/a.xml", "application/rss+xml", "<rss/>");

        FetchResult result = fetcher(Duration.ZERO).fetch(FetchRequest.of(server.url("/feeds/a.xml")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ROBOTS_DISALLOWED);
        assertThat(server.requests()).extracting(LocalHttpServer.Request::path).containsExactly("/robots.txt");
    }

    @Test
    void refusesEverythingWhileRobotsAnswers5xx() {
        server.on("/robots.txt", exchange -> LocalHttpServer.respond(exchange, 500, "text/plain", new byte[0]));
        server.serve("/feed.xml", "application/rss+xml", "<rss/>");

        FetchResult result = fetcher(Duration.ZERO).fetch(FetchRequest.of(server.url("/feed.xml")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ROBOTS_UNAVAILABLE);
        assertThat(result.detail()).contains("HTTP 500").contains("retried after");
    }

    @Test
    void keepsOneRequestInFlightPerHostAndThePauseBetweenThem() throws Exception {
        robotsTxt("User-agent: *\nDisallow:\n");
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<Long> starts = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.on("/page", exchange -> {
            starts.add(System.nanoTime());
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            LocalHttpServer.respond(exchange, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
        });
        PoliteFetcher fetcher = fetcher(Duration.ofMillis(100));

        List<Future<FetchResult>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(threads.submit(() -> fetcher.fetch(FetchRequest.of(server.url("/page")))));
        }
        for (Future<FetchResult> result : results) {
            assertThat(result.get().outcome()).isEqualTo(FetchOutcome.OK);
        }

        assertThat(maxInFlight.get()).isEqualTo(1);
        // each start is at least 50 ms (the previous request) + 100 ms (the pause) after the one before
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1)))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void refusedDestinationsAreNotAskedForRobots() {
        PoliteFetcher fetcher = fetcher(Duration.ZERO);

        FetchResult result = fetcher.fetch(FetchRequest.of(java.net.URI.create("file:///etc/passwd")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BAD_SCHEME);
        assertThat(server.requests()).isEmpty();
    }
}
