package io.dealwire.enrich.topology;

import io.dealwire.enrich.article.ArticleEnricher;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.serde.AvroSerde;
import io.dealwire.schemas.topic.Topics;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich stage's topology:
 *
 * <pre>
 * news.articles.raw ─► enrich (dedup store) ─┬─► news.articles.enriched
 *                                            ├─► deals.events ─► deal-stories (story store) ─► deals.current
 *                                            └─► news.dlq                                   └─► news.dlq
 * </pre>
 *
 * <p>Values travel as bytes between nodes so that decoding and encoding failures are caught in the processors and
 * dead-lettered instead of stopping the stream. The story aggregation reads {@code deals.events} back, which is
 * already keyed by dealId, so no repartition topic is needed.
 */
public final class EnrichTopology {
    static final String DEDUP_STORE = "enrich-dedup";
    static final String STORY_STORE = "deal-stories";
    static final String ENRICHED_SINK = "enriched-articles-out";
    static final String DEAL_EVENTS_SINK = "deal-events-out";
    static final String ENRICH_DLQ_SINK = "enrich-dead-letters-out";
    static final String DEALS_CURRENT_SINK = "deals-current-out";
    static final String STORY_DLQ_SINK = "story-dead-letters-out";

    /** Default cap on one encoded output record; larger outputs are dead-lettered (OUTPUT_TOO_LARGE). */
    public static final int DEFAULT_MAX_RECORD_BYTES = 900 * 1024;

    private EnrichTopology() {}

    /**
     * Builds the topology. The enricher is shared by all stream tasks: it must be thread-safe.
     *
     * @param maxRecordBytes cap on one encoded output record, below the producer's {@code max.request.size}
     */
    public static Topology build(ArticleEnricher enricher, EnrichCounters counters, int maxRecordBytes) {
        Topology topology = enrichOnly(enricher, counters, maxRecordBytes, ReplayBounds.NONE);
        addStories(topology, counters);
        return topology;
    }

    /**
     * The topology of a replay: the enrich sub-topology alone, ignoring raw records at or beyond {@code bounds}. Deal
     * stories are left to the live application, which reads the replayed events from {@code deals.events}.
     */
    public static Topology buildReplay(
            ArticleEnricher enricher, EnrichCounters counters, int maxRecordBytes, ReplayBounds bounds) {
        return enrichOnly(enricher, counters, maxRecordBytes, bounds);
    }

    private static Topology enrichOnly(
            ArticleEnricher enricher, EnrichCounters counters, int maxRecordBytes, ReplayBounds bounds) {
        var strings = new StringSerializer();
        var bytes = new ByteArraySerializer();
        Topology topology = new Topology();
        topology.addSource(
                "raw-articles", new StringDeserializer(), new ByteArrayDeserializer(), Topics.ARTICLES_RAW.name());
        topology.addProcessor(
                "enrich", () -> new EnrichProcessor(enricher, counters, maxRecordBytes, bounds), "raw-articles");
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(DEDUP_STORE), Serdes.String(), Serdes.String()),
                "enrich");
        topology.addSink(ENRICHED_SINK, Topics.ARTICLES_ENRICHED.name(), strings, bytes, "enrich");
        topology.addSink(DEAL_EVENTS_SINK, Topics.DEAL_EVENTS.name(), strings, bytes, "enrich");
        topology.addSink(ENRICH_DLQ_SINK, Topics.DLQ.name(), strings, bytes, "enrich");
        return topology;
    }

    private static void addStories(Topology topology, EnrichCounters counters) {
        var strings = new StringSerializer();
        var bytes = new ByteArraySerializer();
        topology.addSource(
                "deal-events", new StringDeserializer(), new ByteArrayDeserializer(), Topics.DEAL_EVENTS.name());
        topology.addProcessor("deal-stories", () -> new DealStoryProcessor(counters), "deal-events");
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(STORY_STORE), Serdes.String(), AvroSerde.of(DealStory.class)),
                "deal-stories");
        topology.addSink(DEALS_CURRENT_SINK, Topics.DEALS_CURRENT.name(), strings, bytes, "deal-stories");
        topology.addSink(STORY_DLQ_SINK, Topics.DLQ.name(), strings, bytes, "deal-stories");
    }
}
