package io.dealwire.ingest.feed;

import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.topic.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes feed definitions to {@code ingest.feeds} (key feedId), where ingest instances learn them; a tombstone
 * removes a feed. Every call waits until the broker has acknowledged every record.
 */
public final class FeedRegistry {
    private FeedRegistry() {}

    /**
     * Publishes {@code feeds} with a short-lived idempotent producer made from {@code kafkaClientProps} (at least
     * {@code bootstrap.servers}).
     */
    public static void publish(Map<String, Object> kafkaClientProps, List<FeedDefinition> feeds) {
        try (Producer<String, FeedDefinition> producer = producer(kafkaClientProps)) {
            publish(producer, feeds);
        }
    }

    /** Publishes {@code feeds} with {@code producer} and waits for every acknowledgement. */
    public static void publish(Producer<String, FeedDefinition> producer, List<FeedDefinition> feeds) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (FeedDefinition feed : feeds) {
            sent.add(producer.send(new ProducerRecord<>(Topics.FEEDS.name(), feed.getFeedId(), feed)));
        }
        producer.flush();
        awaitAll(sent);
    }

    /** Removes the feed {@code feedId} by writing a tombstone. */
    public static void remove(Producer<String, FeedDefinition> producer, String feedId) {
        Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(Topics.FEEDS.name(), feedId, null));
        producer.flush();
        awaitAll(List.of(sent));
    }

    private static Producer<String, FeedDefinition> producer(Map<String, Object> kafkaClientProps) {
        Map<String, Object> props = new HashMap<>(kafkaClientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaProducer<>(
                props, new StringSerializer(), Topics.FEEDS.valueSerde().get().serializer());
    }

    private static void awaitAll(List<Future<RecordMetadata>> sent) {
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while publishing feed definitions", e);
            } catch (ExecutionException e) {
                throw new KafkaException("cannot publish feed definitions to " + Topics.FEEDS.name(), e.getCause());
            }
        }
    }
}
