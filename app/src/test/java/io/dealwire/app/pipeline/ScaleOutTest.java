package io.dealwire.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.dealwire.app.config.Settings;
import io.dealwire.app.testing.TestKafka;
import io.dealwire.ingest.feed.FeedListReader;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.topic.Topics;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of every stage against one broker split the work through their consumer groups; when one stops
 * mid-stream the other takes its partitions over, and the sinks end with every deal event exactly once.
 */
class ScaleOutTest {
    private static final int FEEDS = 9;
    private static final int ITEMS = 4;
    private static final String[] NAMES = {
        "Harrowgate",
        "Pellucid",
        "Ostrava",
        "Quenby",
        "Marisol",
        "Tallis",
        "Fernwick",
        "Calloway",
        "Brindle",
        "Ashdown",
        "Lowther",
        "Kestrel"
    };

    @TempDir
    Path dir;

    private TestKafka broker;
    private HttpServer site;
    private String base;
    private volatile int itemsServed = 2;

    @BeforeEach
    void start() throws Exception {
        broker = TestKafka.start(dir.resolve("broker"));
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        base = "http://127.0.0.1:" + site.getAddress().getPort();
        site.createContext("/feed/", exchange -> {
            int feed = Integer.parseInt(exchange.getRequestURI().getPath().replaceAll("\\D", ""));
            byte[] body = rss(feed, itemsServed).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
    }

    @AfterEach
    void stop() {
        if (site != null) {
            site.stop(0);
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void twoInstancesSplitTheWorkAndTheSurvivorFinishesItExactlyOnce() throws Exception {
        LocalPipeline a = LocalPipeline.start(settings("a"), feeds());
        LocalPipeline b = LocalPipeline.start(settings("b"), feeds());
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> members("dealwire-ingest") == 2
                            && members("dealwire-enrich") == 2
                            && members("dealwire-sink-jsonl") == 2);
            await().atMost(Duration.ofSeconds(90)).until(() -> committedEvents().size() >= FEEDS * 2);
            a.close(); // one instance of every stage stops mid-stream ...
            itemsServed = ITEMS; // ... while the feeds keep publishing
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> written().size() >= FEEDS * ITEMS);
        } finally {
            a.close();
            b.close();
        }
        List<String> written = written();
        Set<String> published =
                committedEvents().stream().map(DealEvent::getEventId).collect(Collectors.toSet());
        assertThat(written).doesNotHaveDuplicates();
        assertThat(Set.copyOf(written)).isEqualTo(published);
        assertThat(published).hasSize(FEEDS * ITEMS);
    }

    private Settings settings(String instance) {
        return Settings.of(Map.of(
                "kafka.bootstrap-servers",
                broker.bootstrapServers(),
                "topics.replication-factor",
                "1",
                "data-dir",
                dir.resolve(instance).toString(),
                "ingest.instance-id",
                instance,
                "ingest.allowed-hosts",
                base.substring("http://".length()),
                "ingest.min-poll-interval",
                "1s",
                "ingest.default-poll-interval",
                "1s",
                "ingest.per-host-delay",
                "10ms"));
    }

    private List<FeedDefinition> feeds() throws Exception {
        StringBuilder yaml = new StringBuilder("feeds:\n");
        for (int f = 0; f < FEEDS; f++) {
            yaml.append("  - url: ").append(base).append("/feed/").append(f).append(".xml\n    language: en\n");
        }
        return new FeedListReader().read(new StringReader(yaml.toString()), "scale-out feeds");
    }

    private String rss(int feed, int items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed " + feed
                + "</title><link>" + base + "</link><description>d</description>");
        for (int i = 0; i < items; i++) {
            String buyer = NAMES[feed % NAMES.length] + " " + NAMES[(feed + i + 3) % NAMES.length] + " Group";
            String target =
                    NAMES[(feed * 5 + i * 7 + 1) % NAMES.length] + " " + NAMES[(i + 2) % NAMES.length] + " Labs";
            String text = buyer + " has agreed to acquire " + target + " for $" + (100 + feed * 10 + i)
                    + " million, the companies said on Monday. The deal is expected to close later this year after "
                    + "the usual approvals. Story " + feed + "-" + i + " follows earlier reports about the sector.";
            xml.append("<item><title>")
                    .append(buyer)
                    .append(" to buy ")
                    .append(target)
                    .append("</title><link>")
                    .append(base)
                    .append("/story/")
                    .append(feed)
                    .append('-')
                    .append(i)
                    .append("</link><guid>s-")
                    .append(feed)
                    .append('-')
                    .append(i)
                    .append("</guid><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>")
                    .append("<content:encoded><![CDATA[<p>")
                    .append(text)
                    .append("</p>]]></content:encoded></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private int members(String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                    .mapToInt(m -> m.assignment().topicPartitions().isEmpty() ? 0 : 1)
                    .sum();
        } catch (Exception e) {
            return 0;
        }
    }

    private List<DealEvent> committedEvents() {
        List<DealEvent> events = new ArrayList<>();
        var deserializer = Topics.DEAL_EVENTS.valueSerde().get().deserializer();
        for (var r :
                TopicSnapshot.records(Map.of("bootstrap.servers", broker.bootstrapServers()), Topics.DEAL_EVENTS)) {
            events.add(deserializer.deserialize(r.topic(), r.value()));
        }
        return events;
    }

    /** Event ids in both instances' JSON Lines files. */
    private List<String> written() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String instance : List.of("a", "b")) {
            for (JsonNode line :
                    LocalPipelineEndToEndTest.readLines(dir.resolve(instance).resolve("out"))) {
                ids.add(line.get("eventId").asText());
            }
        }
        return ids;
    }
}
