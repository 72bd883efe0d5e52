package io.dealwire.enrich.topology;

import io.dealwire.enrich.story.DealStoryMerger;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.serde.AvroSerde;
import io.dealwire.schemas.topic.Topics;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Folds each deal event into its deal's story and forwards the new story to {@code deals.current}. */
final class DealStoryProcessor implements Processor<String, byte[], String, byte[]> {
    private final EnrichCounters counters;
    private final AvroSerde<DealEvent> eventSerde = AvroSerde.of(DealEvent.class);
    private final AvroSerde<DealStory> storySerde = AvroSerde.of(DealStory.class);
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, DealStory> stories;

    DealStoryProcessor(EnrichCounters counters) {
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.stories = context.getStateStore(EnrichTopology.STORY_STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        DealEvent event;
        try {
            event = eventSerde.deserialize(Topics.DEAL_EVENTS.name(), record.value());
            if (event == null) {
                return; // deals.events carries no tombstones; nothing to fold
            }
        } catch (SerializationException e) {
            counters.deadLetters.incrementAndGet();
            context.forward(DeadLetter.of(context, record, "UNDECODABLE_RECORD", e), EnrichTopology.STORY_DLQ_SINK);
            return;
        }
        Optional<DealStory> merged = DealStoryMerger.merge(
                Optional.ofNullable(stories.get(event.getDealId())), event, Instant.ofEpochMilli(record.timestamp()));
        merged.ifPresent(story -> {
            stories.put(story.getDealId(), story);
            byte[] bytes = storySerde.serialize(Topics.DEALS_CURRENT.name(), story);
            context.forward(record.withKey(story.getDealId()).withValue(bytes), EnrichTopology.DEALS_CURRENT_SINK);
            counters.stories.incrementAndGet();
        });
    }
}
