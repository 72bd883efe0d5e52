package io.dealwire.sink.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Per partition, the first offset of a batch (to rewind to) and the offset after its last record (to commit).
 *
 * @param first per partition, the offset of the first record
 * @param next per partition, the offset after the last record
 */
public record BatchOffsets(Map<TopicPartition, Long> first, Map<TopicPartition, OffsetAndMetadata> next) {
    public BatchOffsets {
        first = Map.copyOf(first);
        next = Map.copyOf(next);
    }

    /** The offsets of {@code records}, which must be in poll order. */
    public static BatchOffsets of(Iterable<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            first.putIfAbsent(partition, record.offset());
            next.put(partition, new OffsetAndMetadata(record.offset() + 1));
        }
        return new BatchOffsets(first, next);
    }
}
