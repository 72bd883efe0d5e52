package io.dealwire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.topic.DlqHeaders;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.json.DealEventJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSinkServiceTest {
    private static final String TOPIC = Topics.DEAL_EVENTS.name();
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    private static final long MARCH_2 = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
    private static final byte[] GARBAGE = "not avro at all".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private JsonLinesSinkService service;

    @AfterEach
    void closeService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void writesABatchThenCommitsItsOffsets() throws IOException {
        startWith(List.of(event(0, "ev-a"), event(1, "ev-b")));

        await().atMost(Duration.ofSeconds(10)).until(() -> committedOffset() == 2L);

        assertThat(Files.readAllLines(dayFile())).containsExactly(line("ev-a"), line("ev-b"));
        assertThat(service.counters()).isEqualTo(new SinkCounters(2, 0, 0));
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void sendsUndecodableBytesToTheDlqWithHeadersAndKeepsGoing() throws IOException {
        startWith(List.of(event(0, "ev-a"), record(1, "key-1", GARBAGE), event(2, "ev-c")));

        await().atMost(Duration.ofSeconds(10)).until(() -> committedOffset() == 3L);

        assertThat(Files.readAllLines(dayFile())).containsExactly(line("ev-a"), line("ev-c"));
        assertThat(producer.history()).hasSize(1);
        ProducerRecord<String, byte[]> dead = producer.history().get(0);
        assertThat(dead.topic()).isEqualTo(Topics.DLQ.name());
        assertThat(dead.key()).isEqualTo("key-1");
        assertThat(dead.value()).isEqualTo(GARBAGE);
        assertThat(headers(dead))
                .containsEntry(DlqHeaders.SOURCE_TOPIC, TOPIC)
                .containsEntry(DlqHeaders.SOURCE_PARTITION, "0")
                .containsEntry(DlqHeaders.SOURCE_OFFSET, "1")
                .containsEntry(DlqHeaders.STAGE, "sink")
                .containsEntry(DlqHeaders.ERROR_CODE, "UNDECODABLE_RECORD")
                .containsEntry(DlqHeaders.ERROR_CLASS, "org.apache.kafka.common.errors.SerializationException")
                .containsEntry(DlqHeaders.ATTEMPTS, "1")
                .containsKey(DlqHeaders.ERROR_MESSAGE);
        assertThat(service.counters()).isEqualTo(new SinkCounters(2, 0, 1));
    }

    @Test
    void holdsOffsetsAndRewindsWhileTheFileCannotBeWritten() throws IOException {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the output directory should be");
        List<ConsumerRecord<String, byte[]>> batch = List.of(event(0, "ev-a"), event(1, "ev-b"));
        AtomicLong positionOnRetry = new AtomicLong(-1);
        service = new JsonLinesSinkService(config(blocked), consumer, producer);
        consumer.schedulePollTask(() -> assignAndAdd(batch));
        consumer.schedulePollTask(() -> {
            // second poll: the failed batch was not committed and the consumer was sent back to its start
            positionOnRetry.set(consumer.position(PARTITION));
            consumer.committed(Set.of(PARTITION)).forEach((p, o) -> positionOnRetry.set(-2));
            deleteQuietly(blocked);
            batch.forEach(consumer::addRecord); // MockConsumer does not refetch: redeliver by hand
        });
        service.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> committedOffset() == 2L);

        assertThat(positionOnRetry).hasValue(0L);
        assertThat(Files.readAllLines(blocked.resolve(TOPIC).resolve("2026-03-02.jsonl")))
                .containsExactly(line("ev-a"), line("ev-b"));
    }

    @Test
    void redeliveryAfterAFailureBetweenWriteAndCommitWritesNothingTwice() throws IOException {
        List<ConsumerRecord<String, byte[]>> batch = List.of(event(0, "ev-a"), record(1, "key-1", GARBAGE));
        producer.sendException = new KafkaException("broker unavailable");
        service = new JsonLinesSinkService(config(dir), consumer, producer);
        consumer.schedulePollTask(() -> assignAndAdd(batch));
        consumer.schedulePollTask(() -> {
            producer.sendException = null;
            batch.forEach(consumer::addRecord);
        });
        service.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> committedOffset() == 2L);

        assertThat(Files.readAllLines(dayFile())).containsExactly(line("ev-a"));
        assertThat(producer.history()).hasSize(1);
        assertThat(service.counters()).isEqualTo(new SinkCounters(1, 1, 1));
    }

    @Test
    void closeStopsTheThreadAndTheClientsWithinSeconds() {
        startWith(List.of(event(0, "ev-a")));
        await().atMost(Duration.ofSeconds(10)).until(() -> committedOffset() == 1L);

        long start = System.nanoTime();
        service.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(service.isRunning()).isFalse();
        assertThat(consumer.closed()).isTrue();
        assertThat(producer.closed()).isTrue();
    }

    private void startWith(List<ConsumerRecord<String, byte[]>> records) {
        service = new JsonLinesSinkService(config(dir), consumer, producer);
        consumer.schedulePollTask(() -> assignAndAdd(records));
        service.start();
    }

    private void assignAndAdd(List<ConsumerRecord<String, byte[]>> records) {
        consumer.rebalance(List.of(PARTITION));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        records.forEach(consumer::addRecord);
    }

    private long committedOffset() {
        OffsetAndMetadata committed = consumer.committed(Set.of(PARTITION)).get(PARTITION);
        return committed == null ? -1 : committed.offset();
    }

    private Path dayFile() {
        return dir.resolve(TOPIC).resolve("2026-03-02.jsonl");
    }

    private static JsonLinesSinkConfig config(Path directory) {
        return new JsonLinesSinkConfig(directory, "test-group", Duration.ofMillis(20), Duration.ofMillis(50));
    }

    private static ConsumerRecord<String, byte[]> event(long offset, String eventId) {
        DealEvent event = SampleEvents.acquisition(eventId);
        byte[] bytes = Topics.DEAL_EVENTS.valueSerde().get().serializer().serialize(TOPIC, event);
        return record(offset, event.getDealId(), bytes);
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String key, byte[] value) {
        return new ConsumerRecord<>(
                TOPIC,
                0,
                offset,
                MARCH_2,
                TimestampType.CREATE_TIME,
                key.length(),
                value.length,
                key,
                value,
                new RecordHeaders(),
                Optional.empty());
    }

    private static String line(String eventId) {
        return DealEventJson.toJson(SampleEvents.acquisition(eventId));
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
