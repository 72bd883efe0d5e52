package io.dealwire.app.pipeline;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.serde.AvroSerde;
import io.dealwire.schemas.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code deals.events} from a starting point and hands each committed event to a callback. It reads every
 * partition without a consumer group, so it never moves anybody's offsets.
 */
public final class DealTail implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DealTail.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<DealEvent> onEvent;
    private final AvroSerde<DealEvent> serde = AvroSerde.of(DealEvent.class);
    private volatile boolean running = true;
    private boolean consumerClosed;

    /**
     * @param kafkaProps {@code bootstrap.servers} and client settings
     * @param from where to start: empty for the end of the topic, {@link Instant#EPOCH} for its beginning
     */
    public DealTail(Map<String, Object> kafkaProps, Optional<Instant> from, Consumer<DealEvent> onEvent) {
        Map<String, Object> props = new HashMap<>(kafkaProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.onEvent = onEvent;
        List<TopicPartition> partitions =
                consumer.partitionsFor(Topics.DEAL_EVENTS.name(), Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
        consumer.assign(partitions);
        seek(partitions, from);
    }

    private void seek(List<TopicPartition> partitions, Optional<Instant> from) {
        if (from.isEmpty()) {
            consumer.seekToEnd(partitions);
            return;
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(tp -> times.put(tp, from.get().toEpochMilli()));
        var offsets = consumer.offsetsForTimes(times);
        for (TopicPartition tp : partitions) {
            var found = offsets.get(tp);
            if (found == null) {
                consumer.seekToEnd(List.of(tp));
            } else {
                consumer.seek(tp, found.offset());
            }
        }
    }

    /** Polls until {@link #close()} is called from another thread or {@code limit} events were delivered. */
    public void run(long limit) {
        long delivered = 0;
        try {
            while (running && delivered < limit) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    decode(record).ifPresent(onEvent);
                    if (++delivered >= limit) {
                        break;
                    }
                }
            }
        } catch (WakeupException e) {
            // close() was called
        } finally {
            synchronized (this) {
                consumerClosed = true;
                consumer.close(Duration.ofSeconds(2));
            }
        }
    }

    private Optional<DealEvent> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.ofNullable(serde.deserialize(record.topic(), record.value()));
        } catch (SerializationException e) {
            log.warn(
                    "skipping undecodable deal event partition={} offset={} error={}",
                    record.partition(),
                    record.offset(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Stops {@link #run}, from its callback or another thread; safe to call again after it returned. */
    @Override
    public synchronized void close() {
        running = false;
        if (!consumerClosed) {
            consumer.wakeup();
        }
    }
}
