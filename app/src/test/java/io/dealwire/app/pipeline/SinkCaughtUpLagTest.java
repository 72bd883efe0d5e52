package io.dealwire.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.app.TestDeals;
import io.dealwire.app.testing.TestKafka;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import io.dealwire.schemas.serde.TrustedPackages;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.JsonLinesSinkConfig;
import io.dealwire.sink.JsonLinesSinkService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deals.events is written in transactions (enrich runs exactly-once), so each partition ends with a commit marker no
 * consumer ever receives. A sink that has written everything must still commit past it, or its group's lag reads one
 * per partition forever.
 */
class SinkCaughtUpLagTest {
    private static final String GROUP = "lag-test-sink";

    @TempDir
    Path dir;

    private TestKafka broker;

    @BeforeEach
    void start() throws Exception {
        TrustedPackages.install();
        broker = TestKafka.start(dir.resolve("broker"));
        try (Admin admin = Admin.create(props())) {
            new TopicCreator(admin, 1).createMissing(Topics.ALL);
        }
    }

    @AfterEach
    void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aCaughtUpSinkCommitsPastTheTransactionMarkers() throws Exception {
        Map<String, Object> producerProps = new HashMap<>(props());
        producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "lag-test-" + UUID.randomUUID());
        var serializer = Topics.DEAL_EVENTS.valueSerde().get().serializer();
        try (var producer = new KafkaProducer<>(producerProps, new StringSerializer(), serializer)) {
            producer.initTransactions();
            for (int batch = 0; batch < 3; batch++) {
                producer.beginTransaction();
                for (int i = 0; i < 10; i++) {
                    String id = "deal-" + batch + "-" + i;
                    DealEvent event = TestDeals.deal(
                                    DealType.ACQUISITION,
                                    new Party("Buyer " + id, "buyer " + id, PartyRole.BUYER),
                                    new Party("Target " + id, "target " + id, PartyRole.TARGET))
                            .setEventId("event-" + id)
                            .setDealId(id)
                            .build();
                    producer.send(new ProducerRecord<>(Topics.DEAL_EVENTS.name(), id, event));
                }
                producer.commitTransaction();
            }
        }

        JsonLinesSinkConfig config =
                JsonLinesSinkConfig.defaults().withDirectory(dir.resolve("out")).withGroupId(GROUP);
        try (JsonLinesSinkService sink = new JsonLinesSinkService(config, props());
                Admin admin = Admin.create(props())) {
            sink.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> sink.counters().written() == 30);
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(lag(admin)).isZero());
        }
    }

    private static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < Topics.DEAL_EVENTS.partitions(); p++) {
            latest.put(new TopicPartition(Topics.DEAL_EVENTS.name(), p), OffsetSpec.latest());
        }
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    private Map<String, Object> props() {
        return Map.of("bootstrap.servers", broker.bootstrapServers());
    }
}
