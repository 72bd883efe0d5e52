package io.dealwire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.TestConfigs;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RELIABILITY.md, Fetcher: "DNS answer that changes between check and connect". */
class DnsPinningTest {
    private final LocalHttpServer server = new LocalHttpServer();
    private final int port = server.url("/").getPort();
    private final String host = "rebind.dealwire.test";

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher(DestinationGuard.HostResolver resolver, String... allowed) {
        IngestConfig config = TestConfigs.allowing(allowed);
        return new HttpFetcher(
                HttpFetcher.newClient(Duration.ofSeconds(2)),
                config,
                new DestinationGuard(config.allowedHosts(), resolver));
    }

    @Test
    void connectsToTheCheckedAddressAndKeepsTheHostHeader() {
        server.on(
                "/feed",
                exchange -> LocalHttpServer.respond(
                        exchange,
                        200,
                        "text/plain",
                        exchange.getRequestURI().getRawQuery().getBytes(StandardCharsets.UTF_8)));
        // the name exists only in this resolver: the system resolver could not have found it
        HttpFetcher fetcher = fetcher(name -> new InetAddress[] {InetAddress.getLoopbackAddress()}, host + ":" + port);

        FetchResult result =
                fetcher.fetch(FetchRequest.of(java.net.URI.create("http://" + host + ":" + port + "/feed?x=%2F")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("x=%2F");
        assertThat(server.requests().get(0).headers().getFirst("Host")).isEqualTo(host + ":" + port);
    }

    @Test
    void aSecondDifferentDnsAnswerIsNeverUsed() throws Exception {
        server.serve("/feed", "text/plain", "ok");
        AtomicInteger lookups = new AtomicInteger();
        InetAddress metadata = InetAddress.getByAddress(new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254});
        // first answer: the allowed local server; any later answer: the cloud metadata address
        HttpFetcher fetcher = fetcher(
                name -> new InetAddress[] {lookups.getAndIncrement() == 0 ? InetAddress.getLoopbackAddress() : metadata
                },
                host + ":" + port);

        FetchResult result =
                fetcher.fetch(FetchRequest.of(java.net.URI.create("http://" + host + ":" + port + "/feed")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(lookups.get()).isEqualTo(1);
    }

    @Test
    void everyRedirectHopIsResolvedCheckedAndPinned() {
        server.on("/hop", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://internal.dealwire.test:" + port + "/secret");
            exchange.sendResponseHeaders(302, -1);
        });
        HttpFetcher fetcher = fetcher(
                name -> name.equals(host)
                        ? new InetAddress[] {InetAddress.getLoopbackAddress()}
                        : new InetAddress[] {InetAddress.getByAddress(new byte[] {10, 0, 0, 7})},
                host + ":" + port);

        FetchResult result =
                fetcher.fetch(FetchRequest.of(java.net.URI.create("http://" + host + ":" + port + "/hop")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_DESTINATION);
        assertThat(server.requests()).extracting(LocalHttpServer.Request::path).containsExactly("/hop");
    }
}
