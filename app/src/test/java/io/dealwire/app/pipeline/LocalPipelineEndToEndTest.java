package io.dealwire.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealwire.app.config.Settings;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.schemas.avro.FeedDefinition;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private TestWire site;

    @BeforeEach
    void startSite() throws IOException {
        site = new TestWire();
    }

    @AfterEach
    void stopSite() {
        site.close();
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
                "ingest.allowed-hosts", site.hostAndPort(),
                "ingest.min-poll-interval", "1s",
                "ingest.default-poll-interval", "2s",
                "ingest.per-host-delay", "50ms"));
    }

    private List<FeedDefinition> feeds() throws IOException {
        return site.feeds();
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
}
