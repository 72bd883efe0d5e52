package io.dealwire.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealSource;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import io.dealwire.schemas.serde.TrustedPackages;
import io.dealwire.schemas.topic.DlqHeaders;
import io.dealwire.schemas.topic.TopicSpec;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.SampleEvents;
import io.dealwire.sink.SinkCounters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresSinkServiceTest {
    private static final TopicPartition EVENTS = new TopicPartition(Topics.DEAL_EVENTS.name(), 0);
    private static final TopicPartition STORIES = new TopicPartition(Topics.DEALS_CURRENT.name(), 0);
    private static final TopicPartition ARTICLES = new TopicPartition(Topics.ARTICLES_ENRICHED.name(), 0);
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private static TestDatabase db;

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private PostgresSinkService service;

    @BeforeAll
    static void createSchema() throws Exception {
        TrustedPackages.install(); // the tests copy events with DealEvent.newBuilder(event)
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void emptyTables() throws Exception {
        PostgresSchema.migrate(new org.postgresql.ds.PGSimpleDataSource() {
            {
                setUrl(db.url());
            }
        });
        db.execute("TRUNCATE deals, deal_mentions, deal_parties, articles");
    }

    @AfterEach
    void closeService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void keepsOneRowPerKeyAndTheNewerVersionWhateverTheOrder() throws Exception {
        DealEvent newer = withVersion(SampleEvents.acquisition("ev-1"), "rules-0.10.0", "Newer title");
        DealEvent older = withVersion(SampleEvents.acquisition("ev-1"), "rules-0.9.0", "Older title");
        start(List.of(
                record(EVENTS, 0, newer, T0),
                record(EVENTS, 1, newer, T0),
                record(EVENTS, 2, newer, T0),
                record(EVENTS, 3, older, T0.plusSeconds(60)),
                record(STORIES, 0, story("Later status", DealStatus.COMPLETED), T0.plusSeconds(60)),
                record(STORIES, 1, story("Earlier status", DealStatus.ANNOUNCED), T0)));

        await().atMost(Duration.ofSeconds(20)).until(() -> committed(EVENTS) == 4 && committed(STORIES) == 2);

        assertThat(db.rows("SELECT event_id, article_title, extractor_version FROM deal_mentions"))
                .containsExactly("ev-1|Newer title|rules-0.10.0");
        assertThat(db.rows("SELECT deal_id, status, party_names, languages FROM deals"))
                .containsExactly("deal-7f3a|COMPLETED|{\"halvorsen maritime\",\"quillon robotics\"}|{en,fr}");
        assertThat(service.counters()).isEqualTo(new SinkCounters(2, 4, 0));
    }

    @Test
    void writesMentionsWithTheirPartiesForCompanySearch() throws Exception {
        start(List.of(record(EVENTS, 0, SampleEvents.acquisition("ev-1"), T0)));

        await().atMost(Duration.ofSeconds(20)).until(() -> committed(EVENTS) == 1);

        assertThat(db.rows("SELECT m.event_id, m.type, m.status, m.amount_value, m.amount_currency, m.stake_percent,"
                        + " m.article_language, m.article_published_at AT TIME ZONE 'UTC', m.evidence_start,"
                        + " m.evidence_end, m.confidence FROM deal_mentions m JOIN deal_parties p USING (event_id)"
                        + " WHERE p.normalized_name = 'quillon robotics'"))
                .containsExactly("ev-1|ACQUISITION|ANNOUNCED|2400000000|USD|62.5|en|2026-03-02 08:15:00|0|66|0.92");
        assertThat(db.rows("SELECT position, name, normalized_name, role FROM deal_parties ORDER BY position"))
                .containsExactly(
                        "0|Halvorsen Maritime|halvorsen maritime|BUYER",
                        "1|Quillon Robotics|quillon robotics|TARGET",
                        "2|Brightwater Capital|brightwater capital|SELLER");
    }

    @Test
    void redeliveryAfterTheDatabaseCommitButBeforeTheOffsetCommitLeavesRowsUnchanged() throws Exception {
        AtomicInteger commits = new AtomicInteger();
        MockConsumer<String, byte[]> crashing = new MockConsumer<>("earliest") {
            @Override
            public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
                if (commits.incrementAndGet() == 1) {
                    throw new KafkaException("process killed before the offset commit");
                }
                super.commitSync(offsets);
            }
        };
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                record(EVENTS, 0, SampleEvents.acquisition("ev-1"), T0),
                record(ARTICLES, 0, article("art-001", "Body text"), T0));
        List<String> rowsAfterFirstCommit = new ArrayList<>();
        service = new PostgresSinkService(config(db.url()), crashing, producer);
        crashing.schedulePollTask(() -> assignAndAdd(crashing, batch));
        crashing.schedulePollTask(() -> {
            rowsAfterFirstCommit.addAll(versions());
            batch.forEach(crashing::addRecord);
        });
        service.start();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> committed(crashing, EVENTS) == 1 && committed(crashing, ARTICLES) == 1);

        assertThat(rowsAfterFirstCommit).hasSize(2);
        assertThat(versions()).isEqualTo(rowsAfterFirstCommit);
        assertThat(service.counters()).isEqualTo(new SinkCounters(2, 2, 0));
    }

    @Test
    void retriesWhileTheDatabaseIsDownAndLosesNothing() throws Exception {
        try (TcpProxy proxy = new TcpProxy(db.port())) {
            List<ConsumerRecord<String, byte[]>> batch = List.of(
                    record(EVENTS, 0, SampleEvents.acquisition("ev-1"), T0),
                    record(EVENTS, 1, SampleEvents.bareFundingRound("ev-2"), T0));
            List<Long> committedWhileDown = new ArrayList<>();
            service = new PostgresSinkService(config(db.urlThroughPort(proxy.port())), consumer, producer);
            consumer.schedulePollTask(() -> assignAndAdd(consumer, batch));
            consumer.schedulePollTask(() -> {
                committedWhileDown.add(committed(EVENTS));
                batch.forEach(consumer::addRecord);
            });
            consumer.schedulePollTask(() -> {
                committedWhileDown.add(committed(EVENTS));
                upQuietly(proxy);
                batch.forEach(consumer::addRecord);
            });
            service.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> committed(EVENTS) == 2);

            assertThat(committedWhileDown).containsExactly(-1L, -1L);
            assertThat(db.rows("SELECT event_id FROM deal_mentions ORDER BY event_id"))
                    .containsExactly("ev-1", "ev-2");
            assertThat(producer.history()).isEmpty();
            assertThat(service.counters()).isEqualTo(new SinkCounters(2, 0, 0));
        }
    }

    @Test
    void sendsRowsTheDatabaseRejectsToTheDlqAndWritesTheRest() throws Exception {
        DealEvent nul = withVersion(SampleEvents.acquisition("ev-nul"), "rules-0.3.0", "NUL \u0000 in the title");
        DealEvent longUrl = DealEvent.newBuilder(SampleEvents.acquisition("ev-long"))
                .setArticleUrl("https://news.example/" + "x".repeat(5000))
                .build();
        start(List.of(
                record(EVENTS, 0, SampleEvents.acquisition("ev-a"), T0),
                record(EVENTS, 1, nul, T0),
                record(EVENTS, 2, longUrl, T0),
                record(EVENTS, 3, SampleEvents.bareFundingRound("ev-d"), T0),
                record(ARTICLES, 0, article("art-nul", "body with \u0000"), T0)));

        await().atMost(Duration.ofSeconds(20)).until(() -> committed(EVENTS) == 4 && committed(ARTICLES) == 1);

        assertThat(db.rows("SELECT event_id FROM deal_mentions ORDER BY event_id"))
                .containsExactly("ev-a", "ev-d");
        assertThat(db.rows("SELECT count(*) FROM articles")).containsExactly("0");
        assertThat(producer.history()).hasSize(3);
        assertThat(producer.history().get(0).value()).isEqualTo(bytes(Topics.DEAL_EVENTS, nul));
        assertThat(headers(producer.history().get(0)))
                .containsEntry(DlqHeaders.SOURCE_TOPIC, "deals.events")
                .containsEntry(DlqHeaders.SOURCE_PARTITION, "0")
                .containsEntry(DlqHeaders.SOURCE_OFFSET, "1")
                .containsEntry(DlqHeaders.STAGE, "sink")
                .containsEntry(DlqHeaders.ERROR_CODE, "REJECTED_BY_DATABASE")
                .containsEntry(DlqHeaders.ERROR_CLASS, "java.sql.SQLException")
                .containsEntry(DlqHeaders.ATTEMPTS, "1");
        assertThat(headers(producer.history().get(0)).get(DlqHeaders.ERROR_MESSAGE))
                .startsWith("deal_mentions row ev-nul rejected (SQLSTATE 22021): ");
        assertThat(headers(producer.history().get(1)).get(DlqHeaders.ERROR_MESSAGE))
                .startsWith("deal_mentions row ev-long rejected (SQLSTATE 22001): ");
        assertThat(headers(producer.history().get(2)).get(DlqHeaders.ERROR_MESSAGE))
                .startsWith("articles row art-nul rejected (SQLSTATE 22021): ");
        assertThat(service.counters()).isEqualTo(new SinkCounters(2, 0, 3));
    }

    private void start(List<ConsumerRecord<String, byte[]>> records) {
        service = new PostgresSinkService(config(db.url()), consumer, producer);
        consumer.schedulePollTask(() -> assignAndAdd(consumer, records));
        service.start();
    }

    private static void assignAndAdd(
            MockConsumer<String, byte[]> consumer, List<ConsumerRecord<String, byte[]>> records) {
        consumer.rebalance(List.of(EVENTS, STORIES, ARTICLES));
        consumer.updateBeginningOffsets(Map.of(EVENTS, 0L, STORIES, 0L, ARTICLES, 0L));
        records.forEach(consumer::addRecord);
    }

    private static PostgresSinkConfig config(String url) {
        return PostgresSinkConfig.defaults(url)
                .withGroupId("test-group")
                .withTimings(Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(500));
    }

    private long committed(TopicPartition partition) {
        return committed(consumer, partition);
    }

    private static long committed(MockConsumer<String, byte[]> consumer, TopicPartition partition) {
        OffsetAndMetadata committed = consumer.committed(Set.of(partition)).get(partition);
        return committed == null ? -1 : committed.offset();
    }

    /** Each row's key and its system columns: a changed xmin means the row was rewritten. */
    private static List<String> versions() {
        try {
            return db.rows("SELECT event_id, xmin::text FROM deal_mentions UNION ALL"
                    + " SELECT article_id, xmin::text FROM articles ORDER BY 1");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void upQuietly(TcpProxy proxy) {
        try {
            proxy.up();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DealEvent withVersion(DealEvent event, String version, String title) {
        return DealEvent.newBuilder(event)
                .setExtractorVersion(version)
                .setArticleTitle(title)
                .build();
    }

    private static DealStory story(String title, DealStatus status) {
        return DealStory.newBuilder()
                .setDealId("deal-7f3a")
                .setType(DealType.ACQUISITION)
                .setStatus(status)
                .setParties(List.of(
                        new Party("Halvorsen Maritime", "halvorsen maritime", PartyRole.BUYER),
                        new Party("Quillon Robotics", "quillon robotics", PartyRole.TARGET)))
                .setAmount(new Money(2.4e9, "USD", false))
                .setFirstSeenAt(T0)
                .setLastSeenAt(T0.plusSeconds(3600))
                .setSources(List.of(
                        new DealSource("ev-1", "art-001", "https://news.example/a", title, "fr", null, status, null),
                        new DealSource("ev-2", "art-002", "https://news.example/b", title, "en", T0, status, null)))
                .setExtractorVersion("rules-0.3.0")
                .build();
    }

    private static EnrichedArticle article(String id, String text) {
        return EnrichedArticle.newBuilder()
                .setArticleId(id)
                .setUrl("https://news.example/" + id)
                .setTitle("Halvorsen to buy Quillon")
                .setText(text)
                .setFetchedAt(T0)
                .setLanguage("en")
                .setLanguageConfidence(0.99)
                .setContentHash("hash-" + id)
                .setDealIds(List.of("deal-7f3a"))
                .setDealEventIds(List.of("ev-1"))
                .setExtractorVersion("rules-0.3.0")
                .build();
    }

    private static <T> ConsumerRecord<String, byte[]> record(TopicPartition tp, long offset, T value, Instant time) {
        @SuppressWarnings("unchecked")
        TopicSpec<T> spec = (TopicSpec<T>) specOf(tp.topic());
        byte[] bytes = bytes(spec, value);
        return new ConsumerRecord<>(
                tp.topic(),
                tp.partition(),
                offset,
                time.toEpochMilli(),
                TimestampType.CREATE_TIME,
                3,
                bytes.length,
                "key",
                bytes,
                new RecordHeaders(),
                Optional.empty());
    }

    private static TopicSpec<?> specOf(String topic) {
        return Topics.ALL.stream()
                .filter(t -> t.name().equals(topic))
                .findFirst()
                .orElseThrow();
    }

    private static <T> byte[] bytes(TopicSpec<T> spec, T value) {
        return spec.valueSerde().get().serializer().serialize(spec.name(), value);
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
