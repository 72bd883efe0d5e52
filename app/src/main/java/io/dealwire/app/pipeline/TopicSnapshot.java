package io.dealwire.app.pipeline;

import io.dealwire.schemas.topic.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning up to its end as of now (committed records only), without a consumer group.
 * For the compacted state topics and the dead-letter topic, which operators inspect whole.
 */
public final class TopicSnapshot {
    private TopicSnapshot() {}

    /** Every committed record of {@code topic}, raw, in partition then offset order. */
    public static List<ConsumerRecord<String, byte[]>> records(Map<String, Object> kafkaProps, TopicSpec<?> topic) {
        Map<String, Object> props = new HashMap<>(kafkaProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(15)).stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                }
            }
        } finally {
            // No group, nothing to commit: do not wait the default 30 s for fetch sessions to wind down.
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(1)));
        }
        return records;
    }

    /** The latest value per key of a compacted topic; tombstones remove the key; undecodable values are skipped. */
    public static <V> Map<String, V> latest(Map<String, Object> kafkaProps, TopicSpec<V> topic) {
        var deserializer = topic.valueSerde().get().deserializer();
        Map<String, V> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records(kafkaProps, topic)) {
            if (r.value() == null) {
                latest.remove(r.key());
                continue;
            }
            try {
                latest.put(r.key(), deserializer.deserialize(topic.name(), r.value()));
            } catch (org.apache.kafka.common.errors.SerializationException e) {
                // an operator view: a bad record is not worth failing the listing for
            }
        }
        return latest;
    }
}
