package io.dealwire.ingest.internal;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.topic.Topics;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Makes the three Kafka clients of the ingest loop; tests substitute mock clients. Pass-through settings come
 * first, the settings exactly-once depends on are then forced.
 */
public interface KafkaClients {
    /** The group consumer of {@code ingest.feeds}. */
    Consumer<String, FeedDefinition> feedConsumer();

    /** A group-less, read_committed consumer used to restore {@code ingest.feed-state}. */
    Consumer<String, FeedState> stateConsumer();

    /** The transactional producer of articles and state; values are already serialised. */
    Producer<String, byte[]> producer();

    /** Real clients for {@code config}, built from {@code passThrough} (at least {@code bootstrap.servers}). */
    static KafkaClients of(IngestConfig config, Map<String, Object> passThrough) {
        return new KafkaClients() {
            @Override
            public Consumer<String, FeedDefinition> feedConsumer() {
                return new KafkaConsumer<>(
                        feedConsumerProps(config, passThrough),
                        new StringDeserializer(),
                        Topics.FEEDS.valueSerde().get().deserializer());
            }

            @Override
            public Consumer<String, FeedState> stateConsumer() {
                return new KafkaConsumer<>(
                        stateConsumerProps(config, passThrough),
                        new StringDeserializer(),
                        Topics.FEED_STATE.valueSerde().get().deserializer());
            }

            @Override
            public Producer<String, byte[]> producer() {
                return new KafkaProducer<>(
                        producerProps(config, passThrough), new StringSerializer(), new ByteArraySerializer());
            }
        };
    }

    /** Settings of the feed consumer: pass-through first, then group, offsets and isolation forced. */
    static Map<String, Object> feedConsumerProps(IngestConfig config, Map<String, Object> passThrough) {
        Map<String, Object> props = new HashMap<>(passThrough);
        // a feed poll with article pages can take minutes; the loop returns to poll() between feeds
        props.putIfAbsent(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 15 * 60 * 1000);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "dealwire-ingest-feeds-" + config.instanceId());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    /** Settings of the state consumer: no group, read_committed. */
    static Map<String, Object> stateConsumerProps(IngestConfig config, Map<String, Object> passThrough) {
        Map<String, Object> props = new HashMap<>(passThrough);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "dealwire-ingest-state-" + config.instanceId());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    /** Settings of the producer: transactional id, idempotence and acks=all forced. */
    static Map<String, Object> producerProps(IngestConfig config, Map<String, Object> passThrough) {
        Map<String, Object> props = new HashMap<>(passThrough);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dealwire-ingest-" + config.instanceId());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.transactionalId());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }
}
