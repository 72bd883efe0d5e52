package io.dealwire.app.ui;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.topic.TopicSpec;
import io.dealwire.schemas.topic.Topics;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The desk's own Kafka Streams topology: in-memory global stores, each fed by a processor, that the desk reads
 * through interactive queries. {@value #DEALS} holds {@code deals.current} by dealId and tells a listener about
 * every change; {@value #FEEDS} holds {@code ingest.feed-state} by feedId. With {@code withMentions},
 * {@value #MENTIONS} holds {@code deals.events} by eventId and {@value #ARTICLES} holds the articles of
 * {@code news.articles.enriched} that report a deal (others are not kept), text cut at {@link #MAX_TEXT} chars.
 */
public final class DeskTopology {
    public static final String DEALS = "ui-deals";
    public static final String MENTIONS = "ui-mentions";
    public static final String ARTICLES = "ui-articles";
    public static final String FEEDS = "ui-feeds";
    /** Longest article text kept per article, in chars. */
    public static final int MAX_TEXT = 100_000;

    private DeskTopology() {}

    /**
     * @param withMentions whether to keep mentions and articles (the deal page's evidence and text); off when
     *     PostgreSQL answers those questions
     * @param onDeal called with the dealId and the new story (null for a tombstone) after each change of
     *     {@value #DEALS}, on the global stream thread: it must not block
     */
    public static Topology build(boolean withMentions, BiConsumer<String, DealStory> onDeal) {
        StreamsBuilder builder = new StreamsBuilder();
        store(builder, DEALS, Topics.DEALS_CURRENT, null, Function.identity(), onDeal);
        store(builder, FEEDS, Topics.FEED_STATE, null, Function.identity(), (k, v) -> {});
        if (withMentions) {
            store(builder, MENTIONS, Topics.DEAL_EVENTS, DealEvent::getEventId, Function.identity(), (k, v) -> {});
            store(builder, ARTICLES, Topics.ARTICLES_ENRICHED, null, DeskTopology::dealArticle, (k, v) -> {});
        }
        return builder.build();
    }

    /** The article as the desk keeps it: only when it reports a deal, its text cut at {@link #MAX_TEXT}. */
    static EnrichedArticle dealArticle(EnrichedArticle article) {
        if (article.getDealIds().isEmpty()) {
            return null;
        }
        if (article.getText().length() <= MAX_TEXT) {
            return article;
        }
        return EnrichedArticle.newBuilder(article)
                .setText(article.getText().substring(0, MAX_TEXT))
                .build();
    }

    private static <V> void store(
            StreamsBuilder builder,
            String name,
            TopicSpec<V> topic,
            Function<V, String> valueKey,
            Function<V, V> keep,
            BiConsumer<String, V> after) {
        Serde<V> serde = topic.valueSerde().get();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                        .withLoggingDisabled(),
                topic.name(),
                Consumed.with(Serdes.String(), serde).withName("ui-source-" + name),
                () -> new StoreWriter<>(name, valueKey, keep, after));
    }

    /** Puts each record into its store, under its key or {@code valueKey} of its value, (or deletes on a tombstone) and then tells the listener. */
    private static final class StoreWriter<V> implements Processor<String, V, Void, Void> {
        private final String storeName;
        private final Function<V, String> valueKey;
        private final Function<V, V> keep;
        private final BiConsumer<String, V> after;
        private KeyValueStore<String, V> store;

        StoreWriter(String storeName, Function<V, String> valueKey, Function<V, V> keep, BiConsumer<String, V> after) {
            this.storeName = storeName;
            this.valueKey = valueKey;
            this.keep = keep;
            this.after = after;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(storeName);
        }

        @Override
        public void process(Record<String, V> record) {
            if (record.value() == null) {
                // a tombstone removes a record-keyed entry; stores keyed by a value field have nothing to remove
                if (record.key() != null && valueKey == null) {
                    store.delete(record.key());
                    after.accept(record.key(), null);
                }
                return;
            }
            String key = valueKey == null ? record.key() : valueKey.apply(record.value());
            V kept = keep.apply(record.value());
            if (key == null || kept == null) {
                return;
            }
            store.put(key, kept);
            after.accept(key, kept);
        }
    }
}
