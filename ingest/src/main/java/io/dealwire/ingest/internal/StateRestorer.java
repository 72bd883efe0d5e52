package io.dealwire.ingest.internal;

import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.topic.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the committed feed states of some partitions of {@code ingest.feed-state} from the beginning up to their
 * end (the last stable offset, as the consumer is read_committed), keeping the latest state per feed.
 */
public final class StateRestorer {
    private final Consumer<String, FeedState> consumer;
    private final Duration timeout;

    /** A restorer reading with {@code consumer}, giving up after {@code timeout}. */
    public StateRestorer(Consumer<String, FeedState> consumer, Duration timeout) {
        this.consumer = consumer;
        this.timeout = timeout;
    }

    /** A feed's latest state and the partition it was read from. */
    public record Restored(FeedState state, int partition) {}

    /**
     * The latest state of every feed stored in {@code partitions}.
     *
     * @throws KafkaException when the end is not reached within the timeout
     */
    public Collection<Restored> restore(Collection<Integer> partitions) {
        List<TopicPartition> assigned = partitions.stream()
                .map(p -> new TopicPartition(Topics.FEED_STATE.name(), p))
                .toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
        Map<String, Restored> latest = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(end)) {
            if (System.nanoTime() > deadline) {
                throw new KafkaException("cannot restore " + Topics.FEED_STATE.name() + " partitions " + partitions
                        + " within " + timeout);
            }
            for (ConsumerRecord<String, FeedState> record : consumer.poll(Duration.ofMillis(100))) {
                if (record.value() == null) {
                    latest.remove(record.key());
                } else {
                    latest.put(record.key(), new Restored(record.value(), record.partition()));
                }
            }
        }
        consumer.assign(List.of());
        return latest.values();
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
