package io.dealwire.sink.internal;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.sink.file.DealLine;
import io.dealwire.sink.json.DealEventJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * One polled batch split into lines to write and dead letters, with the offsets to rewind to on failure and to
 * commit on success.
 *
 * @param lines events as JSON lines, in poll order
 * @param deadLetters records that could not be decoded or mapped
 * @param firstOffsets per partition, the offset of the batch's first record
 * @param nextOffsets per partition, the offset after the batch's last record
 */
public record DecodedBatch(
        List<DealLine> lines,
        List<DeadLetter> deadLetters,
        Map<TopicPartition, Long> firstOffsets,
        Map<TopicPartition, OffsetAndMetadata> nextOffsets) {

    public DecodedBatch {
        lines = List.copyOf(lines);
        deadLetters = List.copyOf(deadLetters);
        firstOffsets = Map.copyOf(firstOffsets);
        nextOffsets = Map.copyOf(nextOffsets);
    }

    /** Decodes every record of {@code records}; a record that fails becomes a dead letter, never an exception. */
    public static DecodedBatch decode(ConsumerRecords<String, byte[]> records, Deserializer<DealEvent> values) {
        List<DealLine> lines = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        Map<TopicPartition, Long> first = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            first.putIfAbsent(partition, record.offset());
            next.put(partition, new OffsetAndMetadata(record.offset() + 1));
            decodeOne(record, values, lines, deadLetters);
        }
        return new DecodedBatch(lines, deadLetters, first, next);
    }

    private static void decodeOne(
            ConsumerRecord<String, byte[]> record,
            Deserializer<DealEvent> values,
            List<DealLine> lines,
            List<DeadLetter> deadLetters) {
        if (record.value() == null) {
            deadLetters.add(new DeadLetter(
                    record, DeadLetter.EMPTY_RECORD, new IllegalArgumentException("record has no value")));
            return;
        }
        DealEvent event;
        try {
            event = values.deserialize(record.topic(), record.headers(), record.value());
        } catch (SerializationException e) {
            deadLetters.add(new DeadLetter(record, DeadLetter.UNDECODABLE_RECORD, e));
            return;
        }
        try {
            Instant timestamp = Instant.ofEpochMilli(record.timestamp());
            lines.add(new DealLine(event.getEventId(), timestamp, DealEventJson.toJson(event)));
        } catch (RuntimeException e) {
            deadLetters.add(new DeadLetter(record, DeadLetter.UNWRITABLE_RECORD, e));
        }
    }
}
