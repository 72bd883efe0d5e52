package io.dealwire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.TestConfigs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private final LocalHttpServer server = new LocalHttpServer();
    private final IngestConfig config = TestConfigs.allowing(server.hostAndPort());
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)), config);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsValidatorsAndReportsNotModified() {
        server.on("/feed", exchange -> {
            boolean fresh = "\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            exchange.sendResponseHeaders(fresh ? 304 : 200, -1);
        });

        FetchResult result = fetcher.fetch(new FetchRequest(
                server.url("/feed"), Optional.of("\"v7\""), Optional.of("Sat, 21 Nov 2026 10:00:00 GMT")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(result.statusCode()).isEqualTo(304);
        var headers = server.requests().get(0).headers();
        assertThat(headers.getFirst("If-Modified-Since")).isEqualTo("Sat, 21 Nov 2026 10:00:00 GMT");
        assertThat(headers.getFirst("User-Agent"))
                .isEqualTo("dealwire/0.1 (+https://github.com/dealwire/dealwire) (+https://example.org/contact)");
    }

    @Test
    void returnsBodyAndValidators() {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"abc\"");
            exchange.getResponseHeaders().set("Last-Modified", "Sun, 22 Nov 2026 01:00:00 GMT");
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(result.headers().etag()).contains("\"abc\"");
        assertThat(result.headers().lastModified()).contains("Sun, 22 Nov 2026 01:00:00 GMT");
        assertThat(result.headers().contentType()).contains("application/rss+xml");
    }

    @Test
    void decodesGzip() throws IOException {
        byte[] gzipped = gzip("<rss>compressed</rss>".getBytes(StandardCharsets.UTF_8));
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", gzipped);
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>compressed</rss>");
        assertThat(server.requests().get(0).headers().getFirst("Accept-Encoding"))
                .isEqualTo("gzip");
    }

    @Test
    void stopsGzipBombAtDecompressedCap() throws IOException {
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan((int) config.maxBodyBytes());
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", bomb);
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BODY_TOO_LARGE);
    }

    @Test
    void stopsEndlessBodyAtCap() {
        server.on("/feed", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[8192];
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the client hung up once the cap was passed
            }
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BODY_TOO_LARGE);
    }

    @Test
    void followsRedirects() {
        server.on("/old", exchange -> redirect(exchange, "/new"));
        server.serve("/new", "application/rss+xml", "<rss>moved</rss>");

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/old")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.finalUrl()).isEqualTo(server.url("/new"));
    }

    @Test
    void givesUpAfterFiveRedirects() {
        server.on("/loop", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery());
            redirect(exchange, "/loop?" + (n + 1));
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/loop?0")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
        assertThat(server.requests()).hasSize(HttpFetcher.MAX_REDIRECTS + 1);
    }

    @Test
    void refusesRedirectToMetadataAddress() {
        server.on("/feed", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_DESTINATION);
        assertThat(result.finalUrl()).hasHost("169.254.169.254");
    }

    @Test
    void refusesRedirectToFileScheme() {
        server.on("/feed", exchange -> redirect(exchange, "file:///etc/passwd"));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BAD_SCHEME);
    }

    @Test
    void refusesLoopbackWithoutAllowList() {
        server.serve("/feed", "application/rss+xml", "<rss/>");
        HttpFetcher strict = new HttpFetcher(
                HttpFetcher.newClient(Duration.ofSeconds(2)),
                IngestConfig.defaults().withAllowedHosts(java.util.Set.of()));

        FetchResult result = strict.fetch(FetchRequest.of(server.url("/feed")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_DESTINATION);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void reportsHttpStatus() {
        server.on("/gone", exchange -> exchange.sendResponseHeaders(410, -1));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/gone")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.HTTP_STATUS);
        assertThat(result.statusCode()).isEqualTo(410);
    }

    @Test
    void deadlineCoversATricklingBody() {
        server.on("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('<');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException expected) {
                // the client gave up, as it should
            }
        });
        long start = System.nanoTime();

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/slow")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void rejectsClientThatFollowsRedirects() {
        var client = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HttpFetcher(client, config))
                .hasMessage("httpClient.followRedirects must be NEVER, was NORMAL");
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }
}
