package io.dealwire.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.dealwire.app.config.Settings;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.ingest.feed.FeedListReader;
import io.dealwire.schemas.avro.FeedDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the embedded broker: a local HTTP server serves a feed and an article page, and the JSON
 * Lines sink ends up holding exactly the deals the articles report, once each, across a restart.
 */
class LocalPipelineEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private HttpServer site;
    private String base;
    /** Feed items added after the first run, to prove the restarted pipeline still works. */
    private volatile String laterItems = "";

    @BeforeEach
    void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        base = "http://127.0.0.1:" + site.getAddress().getPort();
        serve("/feed.xml", "e2e/feed.xml", "application/rss+xml; charset=utf-8");
        serve("/articles/nordhafen-trellis.html", "e2e/nordhafen-trellis.html", "text/html; charset=utf-8");
        site.start();
    }

    private void serve(String path, String resource, String type) {
        site.createContext(path, exchange -> {
            String text = fixture(resource).replace("</channel>", laterItems + "</channel>");
            byte[] body = text.replace("${base}", base).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    @Test
    void feedToJsonLinesWithTheExpectedDealsOnceEachAcrossARestart() throws Exception {
        Path out = dataDir.resolve("out");
        try (LocalPipeline pipeline = LocalPipeline.start(settings(), feeds())) {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() ->
                            targets(readLines(out)).containsAll(List.of("Lumelight Analytics", "Koalys", "Trellis")));
        }
        List<JsonNode> first = readLines(out);

        assertThat(deal(first, "Lumelight Analytics").get("type").asText()).isEqualTo("ACQUISITION");
        assertThat(names(deal(first, "Lumelight Analytics"), "buyer")).containsExactly("Corvanta Systems");
        assertThat(deal(first, "Lumelight Analytics").at("/amount/value").asDouble())
                .isEqualTo(2.4e9);
        assertThat(deal(first, "Lumelight Analytics").at("/amount/currency").asText())
                .isEqualTo("USD");
        assertThat(deal(first, "Koalys").at("/amount/value").asDouble()).isEqualTo(3.5e8);
        assertThat(deal(first, "Koalys").at("/amount/currency").asText()).isEqualTo("EUR");
        assertThat(deal(first, "Koalys").at("/article/language").asText()).isEqualTo("fr");
        assertThat(deal(first, "Trellis").at("/amount/value").asDouble()).isEqualTo(1.2e8);
        assertThat(deal(first, "Trellis").at("/article/language").asText()).isEqualTo("de");
        assertThat(first).noneMatch(line -> line.at("/article/title").asText().contains("Brightwater"));
        assertThat(first).extracting(line -> line.get("eventId").asText()).doesNotHaveDuplicates();

        try (LocalPipeline pipeline = LocalPipeline.start(settings(), feeds())) {
            // Let the restarted pipeline poll the unchanged feed and drain: nothing new may appear.
            await().during(Duration.ofSeconds(8))
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> readLines(out).size() == first.size());
        }
        assertThat(readLines(out))
                .extracting(line -> line.get("eventId").asText())
                .containsExactlyInAnyOrderElementsOf(
                        first.stream().map(l -> l.get("eventId").asText()).toList());
    }

    private static final String LATER_ITEM = """
            <item>
              <title>Osprey Networks buys Fenwick Analytics</title>
              <link>${base}/articles/osprey-fenwick.html</link>
              <guid isPermaLink="false">testwire-1005</guid>
              <pubDate>Fri, 06 Mar 2026 10:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>Osprey Networks has agreed to acquire Fenwick Analytics for $310 million, the companies \
            said on Friday.</p><p>Fenwick's forty engineers will join Osprey's data team in Leeds, and the deal is \
            expected to close within three months after the usual regulatory approvals have been granted.</p>]]></content:encoded>
            </item>
            """;

    private static HttpResponse<String> get(OpsEndpoint ops, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private Settings settings() {
        return Settings.of(Map.of(
                "data-dir", dataDir.toString(),
                "broker.port", "0",
                "http.port", "0",
                "ingest.allowed-hosts", base.substring("http://".length()),
                "ingest.min-poll-interval", "1s",
                "ingest.default-poll-interval", "2s"));
    }

    private List<FeedDefinition> feeds() throws IOException {
        String yaml = "feeds:\n  - url: " + base + "/feed.xml\n    name: Test Wire\n    language: en\n";
        return new FeedListReader().read(new StringReader(yaml), "test feeds");
    }

    private static JsonNode deal(List<JsonNode> lines, String target) {
        return lines.stream()
                .filter(l -> names(l, "target").contains(target))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no deal with target " + target + " in " + lines));
    }

    private static List<String> names(JsonNode line, String role) {
        List<String> names = new ArrayList<>();
        line.path(role).forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> targets(List<JsonNode> lines) {
        return lines.stream().flatMap(l -> names(l, "target").stream()).toList();
    }

    static List<JsonNode> readLines(Path out) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    private static String fixture(String resource) {
        try (InputStream in = LocalPipelineEndToEndTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
