package io.dealwire.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.MutableClock;
import io.dealwire.ingest.TestConfigs;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.ingest.politeness.HostGate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private final LocalHttpServer server = new LocalHttpServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final IngestConfig config =
            TestConfigs.allowing(server.hostAndPort()).withPoliteness(Duration.ZERO, Duration.ofSeconds(30), 2);
    private final HostGate gate = new HostGate(Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    private final RobotsCache robots =
            new RobotsCache(new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)), config), gate, config, clock);
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void stop() {
        never.countDown();
        server.close();
    }

    private void robotsTxt(int status, String body) {
        server.on(
                "/robots.txt",
                exchange ->
                        LocalHttpServer.respond(exchange, status, "text/plain", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void honoursDisallowForDealwireAndIgnoresOtherAgents() throws Exception {
        robotsTxt(200, "User-agent: otherbot\nDisallow: /\n\nUser-agent: dealwire\nDisallow: /private/\n");

        RobotsPolicy policy = robots.policyFor(server.url("/feed.xml"));

        assertThat(policy.source()).isEqualTo(RobotsPolicy.Source.PARSED);
        assertThat(policy.allows(server.url("/feed.xml"))).isTrue();
        assertThat(policy.allows(server.url("/private/feed.xml"))).isFalse();
    }

    @Test
    void notFoundAllowsEverything() throws Exception {
        robotsTxt(404, "no such file");

        RobotsPolicy policy = robots.policyFor(server.url("/feed.xml"));

        assertThat(policy.source()).isEqualTo(RobotsPolicy.Source.ABSENT);
        assertThat(policy.allows(server.url("/anything"))).isTrue();
    }

    @Test
    void forbiddenAllowsEverything() throws Exception {
        robotsTxt(403, "");

        assertThat(robots.policyFor(server.url("/feed.xml")).allows(server.url("/feed.xml")))
                .isTrue();
    }

    @Test
    void serverErrorDisallowsEverythingUntilRetried() throws Exception {
        robotsTxt(503, "busy");

        RobotsPolicy first = robots.policyFor(server.url("/feed.xml"));
        clock.advance(config.robotsErrorRetry().minusSeconds(1));
        RobotsPolicy cached = robots.policyFor(server.url("/feed.xml"));
        clock.advance(Duration.ofSeconds(2));
        robots.policyFor(server.url("/feed.xml"));

        assertThat(first.source()).isEqualTo(RobotsPolicy.Source.UNREACHABLE);
        assertThat(first.allows(server.url("/feed.xml"))).isFalse();
        assertThat(cached).isSameAs(first);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void unreachableHostDisallowsEverything() throws Exception {
        server.on("/robots.txt", exchange -> {
            try {
                never.await(); // accepts, never answers: the fetch deadline fires
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        RobotsPolicy policy = robots.policyFor(server.url("/feed.xml"));

        assertThat(policy.source()).isEqualTo(RobotsPolicy.Source.UNREACHABLE);
        assertThat(policy.detail()).startsWith("TIMEOUT");
    }

    @Test
    void readsOnlyTheFirst500KiB() throws Exception {
        String head = "User-agent: *\nDisallow: /early/\n";
        String filler = ("# " + "x".repeat(1000) + "\n").repeat(520);
        robotsTxt(200, head + filler + "Disallow: /late/\n");

        RobotsPolicy policy = robots.policyFor(server.url("/feed.xml"));

        assertThat(policy.allows(server.url("/early/a"))).isFalse();
        assertThat(policy.allows(server.url("/late/a"))).isTrue();
    }

    @Test
    void crawlDelayIsHonouredUpToTheCap() throws Exception {
        robotsTxt(200, "User-agent: *\nCrawl-delay: 3600\nDisallow:\n");

        RobotsPolicy policy = robots.policyFor(server.url("/feed.xml"));

        assertThat(policy.crawlDelay()).contains(Duration.ofHours(1));
        assertThat(policy.allows(server.url("/feed.xml"))).isTrue();
        assertThat(policy.pause(Duration.ofSeconds(2), Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.pause(Duration.ofMinutes(2), Duration.ofSeconds(30))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void fetchesRobotsOncePerOriginWithinTheTtl() throws Exception {
        robotsTxt(200, "User-agent: *\nDisallow: /x\n");

        robots.policyFor(server.url("/a"));
        robots.policyFor(server.url("/b"));
        clock.advance(config.robotsCacheTtl().plusSeconds(1));
        robots.policyFor(server.url("/c"));

        assertThat(server.requests())
                .extracting(LocalHttpServer.Request::path)
                .containsExactly("/robots.txt", "/robots.txt");
    }
}
