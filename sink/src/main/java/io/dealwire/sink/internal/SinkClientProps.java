package io.dealwire.sink.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka client settings of the JSON Lines sink, built from pass-through client properties. Keys that are not
 * settings of a client are left out of it, so one map can serve both clients without "unknown config" warnings.
 */
public final class SinkClientProps {
    private SinkClientProps() {}

    /** Consumer settings: the pass-through consumer keys, then the settings delivery depends on, which always win. */
    public static Map<String, Object> consumer(String groupId, Map<String, Object> clientProps) {
        Map<String, Object> props = only(clientProps, ConsumerConfig.configNames());
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // a crashed sink's partitions move after this long, as the enrich stage's do; the default 45 s stalls a restart
        props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2_000);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }

    /** Dead-letter producer settings: the pass-through producer keys, then idempotent {@code acks=all}. */
    public static Map<String, Object> producer(Map<String, Object> clientProps) {
        Map<String, Object> props = only(clientProps, ProducerConfig.configNames());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    private static Map<String, Object> only(Map<String, Object> props, Set<String> names) {
        Map<String, Object> kept = new HashMap<>();
        props.forEach((key, value) -> {
            if (names.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
