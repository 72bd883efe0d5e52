package io.dealwire.ingest;

import io.dealwire.ingest.feed.FeedScheduler;
import io.dealwire.ingest.feed.PollResult;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.topic.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes finished polls in one transaction per batch: for each poll, the new articles to {@code news.articles.raw} (key articleId), the
 * feed state to {@code ingest.feed-state} (key feedId, same partition number as the feed's definition), and the
 * feed consumer's position with its group metadata, so an instance that lost the feed's partition in a rebalance
 * cannot commit (KIP-447 fencing).
 */
final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    private final Producer<String, byte[]> producer;
    private final Consumer<String, FeedDefinition> feeds;
    private final IngestCounters counters;
    private final Serializer<RawArticle> articles =
            Topics.ARTICLES_RAW.valueSerde().get().serializer();
    private final Serializer<FeedState> states =
            Topics.FEED_STATE.valueSerde().get().serializer();

    Publisher(Producer<String, byte[]> producer, Consumer<String, FeedDefinition> feeds, IngestCounters counters) {
        this.producer = producer;
        this.feeds = feeds;
        this.counters = counters;
    }

    /** One finished poll to publish. */
    record Entry(FeedScheduler.Scheduled feed, PollResult result) {}

    /**
     * Publishes {@code entries} in one transaction and returns those committed: all of them but any that cannot be
     * encoded, or none when the transaction was aborted (the caller keeps the old state and polls those feeds again).
     * One transaction per batch rather than per poll: a commit is a round trip to the transaction coordinator, and
     * one loop thread publishes for every worker.
     *
     * @throws KafkaException when the producer can no longer be used (fenced, unauthorised, aborting failed)
     */
    List<Entry> publish(List<Entry> entries) {
        List<Entry> encoded = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (Entry entry : entries) {
            try {
                records.addAll(records(entry.feed(), entry.result()));
            } catch (SerializationException e) {
                LOG.atWarn()
                        .addKeyValue("feedId", entry.feed().definition().getFeedId())
                        .addKeyValue("error", e.toString())
                        .log("poll result cannot be encoded, nothing published");
                counters.aborted();
                continue;
            }
            encoded.add(entry);
            TopicPartition source =
                    new TopicPartition(Topics.FEEDS.name(), entry.feed().partition());
            offsets.computeIfAbsent(source, partition -> new OffsetAndMetadata(feeds.position(partition)));
        }
        if (encoded.isEmpty()) {
            return List.of();
        }
        if (!commit(records, offsets, encoded)) {
            return List.of();
        }
        encoded.forEach(entry -> counters.committed(entry.result().articles().size()));
        LOG.atDebug()
                .addKeyValue("polls", encoded.size())
                .addKeyValue("records", records.size())
                .log("poll results committed");
        return encoded;
    }

    private boolean commit(
            List<ProducerRecord<String, byte[]>> records,
            Map<TopicPartition, OffsetAndMetadata> offsets,
            List<Entry> encoded) {
        try {
            producer.beginTransaction();
            records.forEach(producer::send);
            producer.sendOffsetsToTransaction(offsets, feeds.groupMetadata());
            producer.commitTransaction();
            return true;
        } catch (ProducerFencedException
                | InvalidProducerEpochException
                | FencedInstanceIdException
                | OutOfOrderSequenceException
                | AuthorizationException
                | UnsupportedVersionException e) {
            throw e;
        } catch (InterruptException e) {
            // closing: abort now rather than leave the transaction open until transaction.timeout.ms
            Thread.interrupted();
            try {
                producer.abortTransaction();
            } catch (RuntimeException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            Thread.currentThread().interrupt();
            throw e;
        } catch (KafkaException e) {
            abort(encoded, e);
            return false;
        }
    }

    private List<ProducerRecord<String, byte[]>> records(FeedScheduler.Scheduled feed, PollResult result) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        String articleTopic = Topics.ARTICLES_RAW.name();
        for (RawArticle article : result.articles()) {
            records.add(new ProducerRecord<>(
                    articleTopic, article.getArticleId(), articles.serialize(articleTopic, article)));
        }
        String stateTopic = Topics.FEED_STATE.name();
        FeedState state = result.state();
        // same partition number as the definition, so restoring a feeds partition reads exactly its states
        records.add(new ProducerRecord<>(
                stateTopic, feed.partition(), state.getFeedId(), states.serialize(stateTopic, state)));
        return records;
    }

    private void abort(List<Entry> entries, KafkaException cause) {
        LOG.atWarn()
                .addKeyValue("polls", entries.size())
                .addKeyValue("feedId", entries.get(0).feed().definition().getFeedId())
                .addKeyValue("error", cause.toString())
                .log("poll results not published, transaction aborted; the feeds will be polled again");
        producer.abortTransaction();
        entries.forEach(entry -> counters.aborted());
    }
}
