package io.dealwire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.app.broker.EmbeddedBroker;
import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.IngestService;
import io.dealwire.ingest.feed.FeedIds;
import io.dealwire.ingest.feed.FeedRegistry;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest stage's latency histogram and per-host queue gauges, scraped as Prometheus text. */
class IngestMetricsTest {
    private static final int FEEDS = 3;

    @TempDir
    Path dataDir;

    private final AtomicInteger feedRequests = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void fetchLatencyHistogramAndHostQueueGaugesMove() throws Exception {
        startServer();
        String host = "127.0.0.1:" + server.getAddress().getPort();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List<Integer> queueMaxima = new ArrayList<>();
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.of(dataDir, 0))) {
            Map<String, Object> kafka = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(kafka)) {
                new TopicCreator(admin, 1).createMissing(Topics.ALL);
            }
            FeedRegistry.publish(kafka, feeds(host));
            // three feeds on one host, a second apart: two of them wait in the host's queue
            IngestConfig config = IngestConfig.defaults()
                    .withAllowedHosts(Set.of(host))
                    .withPoliteness(Duration.ofSeconds(1), Duration.ofSeconds(1), 4);
            try (IngestService ingest = new IngestService(config, kafka, Clock.systemUTC())) {
                StageMetrics.ingest(ingest, registry);
                ingest.start();
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> {
                            queueMaxima.add((int) value(registry.scrape(), "dealwire_ingest_host_queue_max"));
                            return ingest.counters().transactionsCommitted() >= FEEDS;
                        });
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> value(registry.scrape(), "dealwire_ingest_host_queue_feeds") == 0);
            }
        }

        String scrape = registry.scrape();
        // robots.txt and three feeds, each one request
        assertThat(value(scrape, "dealwire_ingest_fetch_latency_seconds_count")).isEqualTo(FEEDS + 1);
        assertThat(value(scrape, "dealwire_ingest_fetch_latency_seconds_bucket{le=\"20.0\"}"))
                .isEqualTo(FEEDS + 1);
        assertThat(value(scrape, "dealwire_ingest_fetch_latency_seconds_bucket{le=\"0.05\"}"))
                .isLessThanOrEqualTo(FEEDS + 1);
        // all three wait while the host pauses after robots.txt; fewer as each is polled
        assertThat(queueMaxima).contains(FEEDS, 1).allMatch(max -> max <= FEEDS);
        assertThat(feedRequests.get()).isEqualTo(FEEDS);
    }

    private List<FeedDefinition> feeds(String host) {
        List<FeedDefinition> feeds = new ArrayList<>();
        for (int i = 0; i < FEEDS; i++) {
            String url = "http://" + host + "/feed/" + i;
            feeds.add(FeedDefinition.newBuilder()
                    .setFeedId(FeedIds.of(url))
                    .setUrl(url)
                    .build());
        }
        return feeds;
    }

    private void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            if (path.equals("/robots.txt")) {
                body = "User-agent: *\nAllow: /\n";
            } else {
                feedRequests.incrementAndGet();
                body = """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Metrics</title>
                        <item><title>One</title><link>https://metrics.example%s/1</link>
                        <description>%s</description></item>
                        </channel></rss>
                        """.formatted(path, "long enough that no article page is fetched ".repeat(12));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** The value of the first sample line starting with {@code series} (name plus labels as printed). */
    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*\\})? (\\S+)$")
                .matcher(scrape);
        if (!line.find()) {
            throw new AssertionError("no " + series + " in\n" + scrape);
        }
        return Double.parseDouble(line.group(1));
    }
}
