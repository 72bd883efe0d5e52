package io.dealwire.app.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerTest {
    @TempDir
    Path dataDir;

    @Test
    void restartOnTheSameDataKeepsTopicsAndRecords() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.of(dataDir, 0))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("kept", 2, (short) 1)))
                        .all()
                        .get();
            }
            try (var producer =
                    new KafkaProducer<>(producerProps(broker), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "k1", "first")).get();
                producer.send(new ProducerRecord<>("kept", "k2", "second")).get();
            }
        }

        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.of(dataDir, 0))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains("kept");
            }
            assertThat(readAll(broker, "kept", 2)).containsExactlyInAnyOrder("k1=first", "k2=second");
        }
    }

    @Test
    void transactionsWorkOnASingleNode() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.of(dataDir, 0))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("tx", 1, (short) 1)))
                        .all()
                        .get();
            }
            Map<String, Object> props = producerProps(broker);
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-tx");
            try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx", "k", "aborted"));
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx", "k", "committed"));
                producer.commitTransaction();
            }
            assertThat(readAll(broker, "tx", 1)).containsExactly("k=committed");
        }
    }

    private static Map<String, Object> producerProps(EmbeddedBroker broker) {
        return new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"));
    }

    private static List<String> readAll(EmbeddedBroker broker, String topic, int expected) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        List<String> seen = new java.util.ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.key() + "=" + r.value());
                }
            }
            // one more poll: anything beyond the expected records would show up here
            consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.key() + "=" + r.value()));
        }
        return seen;
    }
}
