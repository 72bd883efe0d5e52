package io.dealwire.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.app.testing.TestKafka;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.TopicSpec;
import io.dealwire.schemas.topic.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md, Enrich: {@code kill -9} of the enrich process several times mid-stream; read_committed consumers
 * see every input exactly once in the outputs. The enrich stage runs as a separate JVM ({@code dealwire enrich})
 * that the test kills with SIGKILL.
 */
class EnrichExactlyOnceTest {
    private static final int ARTICLES = 1_200;
    private static final Instant T0 = Instant.parse("2026-04-01T06:00:00Z");
    private static final String[] BUYERS = {"Harrowgate", "Pellucid", "Ostrava", "Quenby", "Marisol", "Tallis"};
    private static final String[] TARGETS = {"Fernwick", "Calloway", "Brindle", "Ashdown", "Lowther", "Kestrel"};

    @TempDir
    Path dir;

    private TestKafka broker;
    private Process enrich;

    @BeforeEach
    void startBroker() throws Exception {
        broker = TestKafka.start(dir.resolve("broker"));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, 1).createMissing(Topics.ALL);
        }
    }

    @AfterEach
    void stop() {
        if (enrich != null) {
            enrich.destroyForcibly();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void killingTheEnrichProcessMidStreamLosesAndDuplicatesNothing() throws Exception {
        produceArticles();

        List<Integer> committedAtKill = new ArrayList<>();
        for (int kill = 1; kill <= 3; kill++) {
            int before = committed(Topics.ARTICLES_ENRICHED).size();
            enrich = startEnrich(kill);
            int target = Math.min(ARTICLES, before + 150);
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> committed(Topics.ARTICLES_ENRICHED).size() >= target);
            enrich.destroyForcibly().waitFor(); // SIGKILL: no commit, no clean leave
            committedAtKill.add(committed(Topics.ARTICLES_ENRICHED).size());
        }
        assertThat(committedAtKill.get(0)).isLessThan(ARTICLES);
        enrich = startEnrich(4);
        await().atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> committed(Topics.ARTICLES_ENRICHED).size() >= ARTICLES);
        // The earlier runs may have finished the work already: stop the last one only once it says it runs, so the
        // SIGTERM tests the clean stop, not a JVM still starting up.
        Path lastLog = dir.resolve("enrich-run-4.log");
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Files.exists(lastLog) && Files.readString(lastLog).contains("running against"));
        enrich.destroy(); // SIGTERM: a clean stop
        assertThat(enrich.waitFor()).as("exit code after SIGTERM").isZero();

        List<EnrichedArticle> enriched = committed(Topics.ARTICLES_ENRICHED);
        assertThat(enriched).hasSize(ARTICLES);
        assertThat(enriched).extracting(EnrichedArticle::getArticleId).doesNotHaveDuplicates();
        Set<String> announced = new HashSet<>();
        enriched.forEach(a -> announced.addAll(a.getDealEventIds()));
        List<String> events = committed(Topics.DEAL_EVENTS).stream()
                .map(DealEvent::getEventId)
                .toList();
        assertThat(events).doesNotHaveDuplicates();
        assertThat(new HashSet<>(events)).isEqualTo(announced);
        assertThat(announced).hasSizeGreaterThanOrEqualTo(ARTICLES / 3);
    }

    private void produceArticles() throws Exception {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(
                props,
                new StringSerializer(),
                Topics.ARTICLES_RAW.valueSerde().get().serializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                RawArticle article = article(i);
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), article.getArticleId(), article));
            }
            producer.flush();
        }
    }

    private static RawArticle article(int i) {
        String buyer = BUYERS[i % BUYERS.length] + " " + TARGETS[(i / 6) % TARGETS.length] + " Group";
        String target = TARGETS[i % TARGETS.length] + " " + BUYERS[(i / 36) % BUYERS.length] + " Labs";
        String text = i % 2 == 0
                ? buyer + " has agreed to acquire " + target + " for $" + (100 + i) + " million, the companies said. "
                        + "The deal is the company's " + ordinal(i) + " this year."
                : "Shares of " + buyer + " closed at a record on trading day " + i
                        + " as investors cheered its results.";
        return RawArticle.newBuilder()
                .setArticleId("article-" + i)
                .setUrl("https://wire.example/story/" + i)
                .setTitle("Story " + i)
                .setText(text)
                .setPublishedAt(T0.plusSeconds(i))
                .setFetchedAt(T0.plusSeconds(i))
                .setLanguageHint("en")
                .build();
    }

    private static String ordinal(int i) {
        return "deal number " + i;
    }

    private Process startEnrich(int run) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.dealwire.app.Main",
                        "enrich",
                        "--bootstrap-servers",
                        broker.bootstrapServers(),
                        "--data-dir",
                        dir.resolve("enrich").toString(),
                        "--set",
                        "topics.replication-factor=1")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("enrich-run-" + run + ".log").toFile())
                .start();
    }

    /** Every committed record of {@code topic}, read from the start up to the last stable offset. */
    private <V> List<V> committed(TopicSpec<V> topic) {
        var deserializer = topic.valueSerde().get().deserializer();
        return TopicSnapshot.records(Map.of("bootstrap.servers", broker.bootstrapServers()), topic).stream()
                .map(r -> deserializer.deserialize(topic.name(), r.value()))
                .toList();
    }
}
