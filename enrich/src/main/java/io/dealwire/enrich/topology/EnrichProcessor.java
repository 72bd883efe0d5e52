package io.dealwire.enrich.topology;

import io.dealwire.enrich.article.ArticleEnricher;
import io.dealwire.enrich.article.ContentHash;
import io.dealwire.enrich.article.Enrichment;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.serde.AvroSerde;
import io.dealwire.schemas.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads raw article bytes, skips articles already enriched with the same content by the same extractor version,
 * enriches the rest and forwards the enriched article and its deal events, already encoded. Anything that cannot be
 * decoded, enriched or encoded goes to the dead-letter sink with its original bytes; the stream keeps running.
 */
final class EnrichProcessor implements Processor<String, byte[], String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);
    private static final String CONTENT_PREFIX = "content:";

    private final ArticleEnricher enricher;
    private final EnrichCounters counters;
    private final int maxRecordBytes;
    private final AvroSerde<RawArticle> rawSerde = AvroSerde.of(RawArticle.class);
    private final AvroSerde<EnrichedArticle> enrichedSerde = AvroSerde.of(EnrichedArticle.class);
    private final AvroSerde<DealEvent> eventSerde = AvroSerde.of(DealEvent.class);
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, String> seen;

    private final ReplayBounds bounds;

    EnrichProcessor(ArticleEnricher enricher, EnrichCounters counters, int maxRecordBytes, ReplayBounds bounds) {
        this.enricher = enricher;
        this.counters = counters;
        this.maxRecordBytes = maxRecordBytes;
        this.bounds = bounds;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.seen = context.getStateStore(EnrichTopology.DEDUP_STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (context.recordMetadata()
                .map(m -> bounds.beyond(m.partition(), m.offset()))
                .orElse(false)) {
            return; // a replay stops at the offsets it was asked to cover
        }
        RawArticle raw;
        try {
            raw = rawSerde.deserialize(Topics.ARTICLES_RAW.name(), record.value());
            if (raw == null) {
                throw new SerializationException("null value (tombstone) on " + Topics.ARTICLES_RAW.name());
            }
        } catch (SerializationException e) {
            deadLetter(record, "UNDECODABLE_RECORD", e);
            return;
        }
        String contentHash = ContentHash.of(raw.getTitle(), raw.getText());
        if (alreadyEnriched(raw.getArticleId(), contentHash)) {
            counters.duplicates.incrementAndGet();
            log.debug("skipping duplicate article articleId={}", raw.getArticleId());
            return;
        }
        List<Record<String, byte[]>> deals = new ArrayList<>();
        Record<String, byte[]> enriched;
        try {
            Enrichment enrichment = enricher.enrich(raw, contentHash);
            if (!enrichment.complete()) {
                counters.partialExtractions.incrementAndGet();
            }
            enriched = encoded(
                    record,
                    raw.getArticleId(),
                    enrichedSerde.serialize(Topics.ARTICLES_ENRICHED.name(), enrichment.article()));
            for (DealEvent event : enrichment.deals()) {
                deals.add(encoded(record, event.getDealId(), eventSerde.serialize(Topics.DEAL_EVENTS.name(), event)));
            }
        } catch (OutputTooLargeException e) {
            deadLetter(record, "OUTPUT_TOO_LARGE", e);
            return;
        } catch (SerializationException e) {
            deadLetter(record, "UNSERIALISABLE_OUTPUT", e);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            deadLetter(record, "EXTRACTOR_FAILED", e);
            return;
        }
        context.forward(enriched, EnrichTopology.ENRICHED_SINK);
        deals.forEach(deal -> context.forward(deal, EnrichTopology.DEAL_EVENTS_SINK));
        remember(raw.getArticleId(), contentHash);
        counters.articles.incrementAndGet();
        counters.dealEvents.addAndGet(deals.size());
    }

    /** True when this article, or the same content under another id, was enriched by this extractor version. */
    private boolean alreadyEnriched(String articleId, String contentHash) {
        String fingerprint = contentHash + "|" + enricher.extractorVersion();
        if (fingerprint.equals(seen.get(articleId))) {
            return true;
        }
        String owner = seen.get(CONTENT_PREFIX + fingerprint);
        return owner != null && !owner.equals(articleId);
    }

    private void remember(String articleId, String contentHash) {
        String fingerprint = contentHash + "|" + enricher.extractorVersion();
        seen.put(articleId, fingerprint);
        seen.putIfAbsent(CONTENT_PREFIX + fingerprint, articleId);
    }

    private Record<String, byte[]> encoded(Record<String, byte[]> input, String key, byte[] value) {
        if (value.length > maxRecordBytes) {
            throw new OutputTooLargeException(key, value.length, maxRecordBytes);
        }
        return input.withKey(key).withValue(value);
    }

    private void deadLetter(Record<String, byte[]> record, String code, Throwable error) {
        counters.deadLetters.incrementAndGet();
        log.warn(
                "record sent to the dead-letter topic errorCode={} key={} error={}",
                code,
                record.key(),
                error.toString());
        context.forward(DeadLetter.of(context, record, code, error), EnrichTopology.ENRICH_DLQ_SINK);
    }

    /** An encoded output would exceed the configured maximum record size. */
    static final class OutputTooLargeException extends RuntimeException {
        OutputTooLargeException(String key, int size, int max) {
            super("encoded output for key " + key + " is " + size + " bytes, more than the " + max + " allowed");
        }
    }
}
