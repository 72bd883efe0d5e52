package io.dealwire.app.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.app.broker.EmbeddedBroker;
import io.dealwire.app.pipeline.TopicSnapshot;
import io.dealwire.app.testing.TestPostgres;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealSource;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.Evidence;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md, Sink: the PostgreSQL sink runs as a separate JVM ({@code dealwire sink}) that the test kills with
 * SIGKILL several times while deal events, stories and articles flow, and the database goes away for a while (a
 * proxy the test controls refuses and cuts connections; the real server is never stopped). At the end the tables
 * hold exactly the expected rows: one per id, with the newest version's values, and nothing in the dead-letter topic.
 */
class SinkFaultTest {
    private static final int EVENTS = 3_000;
    private static final int EVENTS_PER_ARTICLE = 5;
    private static final int EVENTS_PER_DEAL = 10;
    private static final int CHUNKS = 60;
    private static final Duration CHUNK_PAUSE = Duration.ofMillis(400);
    private static final String VERSION = "0.5.0";
    private static final String NEWER = "0.5.1";
    private static final String OLDER = "0.4.9";
    // record times near now: news.articles.enriched deletes records older than its 30-day retention
    private static final Instant T0 =
            Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
    private static final String[] BUYERS = {"Arkwright", "Bellhaven", "Corrigan", "Dunmore", "Everleigh", "Fallow"};
    private static final String[] TARGETS = {"Glenridge", "Hartwell", "Ivory Bay", "Juniper", "Kestwick", "Larchmont"};

    /** The child processes' logs, kept after the test for a post-mortem. */
    private static final Path LOGS = Path.of("target", "sink-fault-logs");

    private TestPostgres postgres;

    @TempDir
    Path dir;

    private final String schema = "sink_fault_" + Long.toHexString(System.nanoTime());
    private EmbeddedBroker broker;
    private CuttableProxy proxy;
    private Process sink;
    private int runs;

    @BeforeEach
    void start() throws Exception {
        postgres = TestPostgres.start();
        try (Connection c = DriverManager.getConnection(postgres.url())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        URI pg = URI.create(postgres.url().substring("jdbc:".length()));
        proxy = new CuttableProxy(new InetSocketAddress(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort()));
        proxy.up();
        Files.createDirectories(LOGS);
        broker = EmbeddedBroker.start(BrokerSettings.of(dir.resolve("broker"), 0));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, 1).createMissing(Topics.ALL);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (sink != null) {
            sink.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (broker != null) {
            broker.close();
        }
        if (proxy != null) {
            proxy.close();
            try (Connection c = DriverManager.getConnection(postgres.url())) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void killedSinkAndLostDatabaseEndWithExactlyTheExpectedRows() throws Exception {
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(this::feed);
        List<Long> atKill = new ArrayList<>();

        sink = startSink();
        atKill.add(killOnceGrownBy(400));

        sink = startSink();
        awaitMentionsAtLeast(mentions() + 300);
        proxy.down();
        long whileDown = mentions();
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> mentions() == whileDown);
        assertThat(sink.isAlive())
                .as("the sink survives the database going away")
                .isTrue();
        proxy.up();
        atKill.add(killOnceGrownBy(300));

        sink = startSink();
        atKill.add(killOnceGrownBy(300));

        sink = startSink();
        Thread.sleep(1_500); // mid-start: joining the group or migrating
        proxy.down();
        sink.destroyForcibly().waitFor();
        proxy.up();

        sink = startSink();
        feeding.get(2, TimeUnit.MINUTES);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(List.of(mentions(), tableCount("articles")))
                        .as("deal_mentions and articles rows")
                        .isEqualTo(List.of((long) EVENTS, (long) EVENTS / EVENTS_PER_ARTICLE)));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> query("SELECT deal_id || '|' || status || '|' || extractor_version FROM deals ORDER BY 1")
                        .equals(expectedDeals()));
        sink.destroy(); // SIGTERM: a clean stop, exit code 0
        assertThat(sink.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sink.exitValue()).as("exit code after SIGTERM").isZero();

        assertThat(atKill).as("mention rows when the sink was killed").allMatch(n -> n > 0 && n < EVENTS);
        assertThat(query(
                        "SELECT event_id || '|' || deal_id || '|' || amount_value::bigint || '|' || article_title || '|' "
                                + "|| extractor_version FROM deal_mentions ORDER BY event_id"))
                .isEqualTo(expectedMentions());
        assertThat(query("SELECT count(*) || '|' || count(DISTINCT event_id) FROM deal_parties"))
                .containsExactly((EVENTS * 2) + "|" + EVENTS);
        assertThat(query("SELECT article_id || '|' || title || '|' || array_to_string(deal_event_ids, ',') "
                        + "FROM articles ORDER BY article_id"))
                .isEqualTo(expectedArticles());
        assertThat(TopicSnapshot.records(Map.of("bootstrap.servers", broker.bootstrapServers()), Topics.DLQ))
                .as("transient failures are retried, never dead-lettered")
                .isEmpty();
        assertThat(proxy.accepted()).as("connections went through the proxy").isGreaterThan(5);
    }

    /**
     * Sends every record in {@value #CHUNKS} chunks, a pause apart: each event, its article and its deal's stories,
     * and re-sends: every 7th event again unchanged, every 11th with a newer extractor version (which must win) and
     * every 13th with an older one (which must not).
     */
    private void feed() {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5);
        var events = Topics.DEAL_EVENTS.valueSerde().get().serializer();
        var stories = Topics.DEALS_CURRENT.valueSerde().get().serializer();
        var articles = Topics.ARTICLES_ENRICHED.valueSerde().get().serializer();
        int perChunk = EVENTS / CHUNKS;
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < EVENTS; i++) {
                long ts = T0.toEpochMilli() + i * 10L;
                DealEvent event = event(i, VERSION);
                send(producer, Topics.DEAL_EVENTS.name(), event.getDealId(), ts, events.serialize("", event));
                if (i % 7 == 0) {
                    send(producer, Topics.DEAL_EVENTS.name(), event.getDealId(), ts + 1, events.serialize("", event));
                }
                if (i % 11 == 0) {
                    DealEvent newer = event(i, NEWER);
                    send(producer, Topics.DEAL_EVENTS.name(), event.getDealId(), ts + 2, events.serialize("", newer));
                }
                if (i % 13 == 0) {
                    DealEvent older = event(i, OLDER);
                    send(producer, Topics.DEAL_EVENTS.name(), event.getDealId(), ts + 3, events.serialize("", older));
                }
                if (i % EVENTS_PER_ARTICLE == EVENTS_PER_ARTICLE - 1) {
                    EnrichedArticle article = article(i / EVENTS_PER_ARTICLE);
                    send(
                            producer,
                            Topics.ARTICLES_ENRICHED.name(),
                            article.getArticleId(),
                            ts,
                            articles.serialize("", article));
                }
                if (i % EVENTS_PER_DEAL == EVENTS_PER_DEAL - 1) {
                    DealStory story = story(i / EVENTS_PER_DEAL, storyStatus(i / EVENTS_PER_DEAL), VERSION);
                    send(producer, Topics.DEALS_CURRENT.name(), story.getDealId(), ts, stories.serialize("", story));
                    DealStory stale = story(i / EVENTS_PER_DEAL, DealStatus.RUMORED, VERSION);
                    // an earlier record time: it lost the race, whatever order the sink sees them in
                    send(
                            producer,
                            Topics.DEALS_CURRENT.name(),
                            stale.getDealId(),
                            ts - 5,
                            stories.serialize("", stale));
                }
                if (i % perChunk == perChunk - 1) {
                    producer.flush();
                    Thread.sleep(CHUNK_PAUSE.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, long ts, byte[] value) {
        producer.send(new ProducerRecord<>(topic, null, ts, key, value));
    }

    private static DealEvent event(int i, String version) {
        int deal = i / EVENTS_PER_DEAL;
        return DealEvent.newBuilder()
                .setEventId(String.format("ev-%05d", i))
                .setDealId(dealId(deal))
                .setType(DealType.ACQUISITION)
                .setStatus(DealStatus.ANNOUNCED)
                .setParties(List.of(
                        new Party(buyer(deal), buyer(deal).toLowerCase(java.util.Locale.ROOT), PartyRole.BUYER),
                        new Party(target(deal), target(deal).toLowerCase(java.util.Locale.ROOT), PartyRole.TARGET)))
                .setAmount(new Money(1_000_000.0 * (i + 1), "EUR", false))
                .setStakePercent(null)
                .setValuation(null)
                .setArticleId(articleId(i / EVENTS_PER_ARTICLE))
                .setArticleUrl("https://wire.example/deals/" + i)
                .setArticleTitle(title(i, version))
                .setArticleLanguage("en")
                .setArticlePublishedAt(T0.plusSeconds(i))
                .setEvidence(new Evidence(buyer(deal) + " agreed to buy " + target(deal) + ".", 0, 20))
                .setConfidence(0.8)
                .setExtractorVersion(version)
                .build();
    }

    private static DealStory story(int deal, DealStatus status, String version) {
        DealSource source = DealSource.newBuilder()
                .setEventId(String.format("ev-%05d", deal * EVENTS_PER_DEAL))
                .setArticleId(articleId(deal * EVENTS_PER_DEAL / EVENTS_PER_ARTICLE))
                .setUrl("https://wire.example/deals/" + deal * EVENTS_PER_DEAL)
                .setTitle("Deal " + deal)
                .setLanguage("en")
                .setPublishedAt(T0)
                .setStatus(status)
                .setAmount(null)
                .build();
        return DealStory.newBuilder()
                .setDealId(dealId(deal))
                .setType(DealType.ACQUISITION)
                .setStatus(status)
                .setParties(List.of(
                        new Party(buyer(deal), buyer(deal).toLowerCase(java.util.Locale.ROOT), PartyRole.BUYER),
                        new Party(target(deal), target(deal).toLowerCase(java.util.Locale.ROOT), PartyRole.TARGET)))
                .setAmount(null)
                .setStakePercent(null)
                .setValuation(null)
                .setFirstSeenAt(T0)
                .setLastSeenAt(T0.plusSeconds(deal))
                .setSources(List.of(source))
                .setExtractorVersion(version)
                .build();
    }

    private static EnrichedArticle article(int a) {
        List<String> eventIds = new ArrayList<>();
        for (int i = a * EVENTS_PER_ARTICLE; i < (a + 1) * EVENTS_PER_ARTICLE; i++) {
            eventIds.add(String.format("ev-%05d", i));
        }
        return EnrichedArticle.newBuilder()
                .setArticleId(articleId(a))
                .setUrl("https://wire.example/articles/" + a)
                .setFeedId(null)
                .setTitle("Roundup " + a)
                .setText("Five deals in one roundup, number " + a + ".")
                .setPublishedAt(T0.plusSeconds(a))
                .setFetchedAt(T0.plusSeconds(a))
                .setLanguage("en")
                .setLanguageConfidence(0.99)
                .setContentHash("hash-" + a)
                .setDealIds(List.of(dealId(a * EVENTS_PER_ARTICLE / EVENTS_PER_DEAL)))
                .setDealEventIds(eventIds)
                .setExtractorVersion(VERSION)
                .build();
    }

    private static DealStatus storyStatus(int deal) {
        return deal % 2 == 0 ? DealStatus.COMPLETED : DealStatus.ANNOUNCED;
    }

    private static String title(int i, String version) {
        return BUYERS[i % BUYERS.length] + " deal " + i + " (" + version + ")";
    }

    private static String buyer(int deal) {
        return BUYERS[deal % BUYERS.length] + " Holdings " + deal;
    }

    private static String target(int deal) {
        return TARGETS[deal % TARGETS.length] + " Systems " + deal;
    }

    private static String dealId(int deal) {
        return String.format("deal-%04d", deal);
    }

    private static String articleId(int a) {
        return String.format("art-%04d", a);
    }

    private static List<String> expectedMentions() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String version = i % 11 == 0 ? NEWER : VERSION;
            rows.add(String.format("ev-%05d", i) + "|" + dealId(i / EVENTS_PER_DEAL) + "|" + (1_000_000L * (i + 1))
                    + "|" + title(i, version) + "|" + version);
        }
        return rows;
    }

    private static List<String> expectedDeals() {
        Map<String, String> rows = new TreeMap<>();
        for (int deal = 0; deal < EVENTS / EVENTS_PER_DEAL; deal++) {
            rows.put(dealId(deal), dealId(deal) + "|" + storyStatus(deal) + "|" + VERSION);
        }
        return List.copyOf(rows.values());
    }

    private static List<String> expectedArticles() {
        List<String> rows = new ArrayList<>();
        for (int a = 0; a < EVENTS / EVENTS_PER_ARTICLE; a++) {
            rows.add(articleId(a) + "|Roundup " + a + "|"
                    + String.join(",", article(a).getDealEventIds()));
        }
        return rows;
    }

    /** Waits until the mention rows grew by {@code rows} (or all are there), kills the sink and returns the count. */
    private long killOnceGrownBy(int rows) throws Exception {
        awaitMentionsAtLeast(mentions() + rows);
        sink.destroyForcibly().waitFor(); // SIGKILL: no offset commit, no clean leave, maybe mid-transaction
        return mentions();
    }

    private void awaitMentionsAtLeast(long rows) {
        long target = Math.min(rows, EVENTS);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mentions() >= target);
    }

    private Process startSink() throws Exception {
        runs++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port()
                + URI.create(postgres.url().substring(5)).getRawPath() + "?"
                + URI.create(postgres.url().substring(5)).getRawQuery() + "&currentSchema=" + schema
                + "&connectTimeout=3";
        return new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.dealwire.app.Main",
                        "sink",
                        "--bootstrap-servers",
                        broker.bootstrapServers(),
                        "--data-dir",
                        dir.resolve("sink").toString(),
                        "--set",
                        "topics.replication-factor=1",
                        "--set",
                        "http.port=-1",
                        "--set",
                        "sink.jsonl.enabled=false",
                        "--set",
                        "sink.postgres.url=" + url,
                        "--set",
                        "sink.postgres.batch-size=50",
                        // a killed member's partitions move after this long instead of the consumer default 45 s
                        "--set",
                        "kafka.client.session.timeout.ms=6000",
                        "--set",
                        "kafka.client.heartbeat.interval.ms=1000")
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(schema + "-run-" + runs + ".log").toFile())
                .start();
    }

    private long mentions() {
        return tableCount("deal_mentions");
    }

    private long tableCount(String table) {
        try {
            return Long.parseLong(query("SELECT count(*) FROM " + table).get(0));
        } catch (SQLException e) {
            return 0; // not migrated yet
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.url() + "&currentSchema=" + schema);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
