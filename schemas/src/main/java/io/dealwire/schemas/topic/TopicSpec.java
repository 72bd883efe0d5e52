package io.dealwire.schemas.topic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic of the catalogue: its name, default partition count, retention and compaction, and the serde of its
 * values. Keys are always strings.
 *
 * @param name topic name
 * @param partitions partition count used when the topic is created
 * @param compacted whether the topic keeps the latest value per key ({@code cleanup.policy=compact})
 * @param retention how long records are kept; empty means forever
 * @param valueSerde makes the serde of the topic's values
 * @param purpose one line for {@code --help} and the README
 * @param <V> the value type
 */
public record TopicSpec<V>(
        String name,
        int partitions,
        boolean compacted,
        Optional<Duration> retention,
        Supplier<Serde<V>> valueSerde,
        String purpose) {

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions + " for " + name);
        }
    }

    /** The topic-level configs that make this topic what the catalogue says. */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
        configs.put(
                TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(retention.map(Duration::toMillis).orElse(-1L)));
        return configs;
    }
}
