package io.dealwire.schemas.topic;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.serde.AvroSerde;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: the only place topic names are spelled (ARCHITECTURE.md, "The contract").
 *
 * <p>Partition counts are defaults for topics dealwire creates itself; an operator can create topics beforehand
 * with more partitions and dealwire uses them as they are.
 */
public final class Topics {
    private static final int PARTITIONS = 3;

    /** Feed definitions, key feedId; compacted so the latest definition of every feed is kept. */
    public static final TopicSpec<FeedDefinition> FEEDS = new TopicSpec<>(
            "ingest.feeds",
            PARTITIONS,
            true,
            Optional.empty(),
            () -> AvroSerde.of(FeedDefinition.class),
            "feed definitions, key feedId, compacted");

    /** Per-feed poll state (validators, failures, seen items), key feedId; compacted. */
    public static final TopicSpec<FeedState> FEED_STATE = new TopicSpec<>(
            "ingest.feed-state",
            PARTITIONS,
            true,
            Optional.empty(),
            () -> AvroSerde.of(FeedState.class),
            "per-feed poll state, key feedId, compacted");

    /** Fetched articles, key articleId; kept forever as the system of record that replays start from. */
    public static final TopicSpec<RawArticle> ARTICLES_RAW = new TopicSpec<>(
            "news.articles.raw",
            PARTITIONS,
            false,
            Optional.empty(),
            () -> AvroSerde.of(RawArticle.class),
            "fetched articles, key articleId, kept forever");

    /** Every article after enrichment, key articleId. */
    public static final TopicSpec<EnrichedArticle> ARTICLES_ENRICHED = new TopicSpec<>(
            "news.articles.enriched",
            PARTITIONS,
            false,
            Optional.of(Duration.ofDays(30)),
            () -> AvroSerde.of(EnrichedArticle.class),
            "enriched articles, key articleId, 30 days");

    /** One record per deal mention, key dealId; kept forever so consumers can start from any time. */
    public static final TopicSpec<DealEvent> DEAL_EVENTS = new TopicSpec<>(
            "deals.events",
            PARTITIONS,
            false,
            Optional.empty(),
            () -> AvroSerde.of(DealEvent.class),
            "one record per deal mention, key dealId, kept forever");

    /** The merged story of every deal, key dealId; compacted. */
    public static final TopicSpec<DealStory> DEALS_CURRENT = new TopicSpec<>(
            "deals.current",
            PARTITIONS,
            true,
            Optional.empty(),
            () -> AvroSerde.of(DealStory.class),
            "merged deal stories, key dealId, compacted");

    /** Records a stage could not process: raw bytes plus headers naming source, stage and error. */
    public static final TopicSpec<byte[]> DLQ = new TopicSpec<>(
            "news.dlq",
            1,
            false,
            Optional.of(Duration.ofDays(30)),
            Serdes::ByteArray,
            "dead letters: raw bytes and error headers, 30 days");

    /** Every topic of the catalogue, in data-flow order. */
    public static final List<TopicSpec<?>> ALL =
            List.of(FEEDS, FEED_STATE, ARTICLES_RAW, ARTICLES_ENRICHED, DEAL_EVENTS, DEALS_CURRENT, DLQ);

    private Topics() {}
}
