package io.dealwire.ingest;

import io.dealwire.ingest.feed.FeedScheduler;
import io.dealwire.ingest.feed.PollResult;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.topic.Topics;
import java.util.ArrayList;
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
 * Publishes one poll result in one transaction: the new articles to {@code news.articles.raw} (key articleId), the
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

    /**
     * Publishes {@code result}; true when committed, false when the transaction was aborted (the caller keeps the
     * old state and polls the feed again).
     *
     * @throws KafkaException when the producer can no longer be used (fenced, unauthorised, aborting failed)
     */
    boolean publish(FeedScheduler.Scheduled feed, PollResult result) {
        List<ProducerRecord<String, byte[]>> records;
        try {
            records = records(feed, result);
        } catch (SerializationException e) {
            LOG.atWarn()
                    .addKeyValue("feedId", feed.definition().getFeedId())
                    .addKeyValue("error", e.toString())
                    .log("poll result cannot be encoded, nothing published");
            counters.aborted();
            return false;
        }
        TopicPartition source = new TopicPartition(Topics.FEEDS.name(), feed.partition());
        try {
            producer.beginTransaction();
            records.forEach(producer::send);
            producer.sendOffsetsToTransaction(
                    Map.of(source, new OffsetAndMetadata(feeds.position(source))), feeds.groupMetadata());
            producer.commitTransaction();
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
            abort(feed, e);
            return false;
        }
        counters.committed(result.articles().size());
        LOG.atDebug()
                .addKeyValue("feedId", feed.definition().getFeedId())
                .addKeyValue("articles", result.articles().size())
                .log("poll result committed");
        return true;
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

    private void abort(FeedScheduler.Scheduled feed, KafkaException cause) {
        LOG.atWarn()
                .addKeyValue("feedId", feed.definition().getFeedId())
                .addKeyValue("error", cause.toString())
                .log("poll result not published, transaction aborted; the feed will be polled again");
        producer.abortTransaction();
        counters.aborted();
    }
}
