package io.dealwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.topic.Topics;
import java.io.StringReader;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class FeedRegistryTest {
    private final MockProducer<String, FeedDefinition> producer = new MockProducer<>(
            true, null, new StringSerializer(), Topics.FEEDS.valueSerde().get().serializer());

    @Test
    void publishesEachDefinitionKeyedByFeedId() throws Exception {
        List<FeedDefinition> feeds = new FeedListReader()
                .read(
                        new StringReader("feeds:\n  - url: https://a.example/rss\n  - url: https://b.example/atom\n"),
                        "t");

        FeedRegistry.publish(producer, feeds);

        assertThat(producer.history()).extracting(ProducerRecord::topic).containsOnly("ingest.feeds");
        assertThat(producer.history())
                .extracting(ProducerRecord::key)
                .containsExactly(FeedIds.of("https://a.example/rss"), FeedIds.of("https://b.example/atom"));
        assertThat(producer.history()).extracting(ProducerRecord::value).containsExactlyElementsOf(feeds);
    }

    @Test
    void removesWithATombstone() {
        FeedRegistry.remove(producer, "0123456789abcdef");

        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("0123456789abcdef");
            assertThat(record.value()).isNull();
        });
    }

    @Test
    void reportsAFailedSend() {
        MockProducer<String, FeedDefinition> failing =
                new MockProducer<>(
                        false,
                        null,
                        new StringSerializer(),
                        Topics.FEEDS.valueSerde().get().serializer()) {
                    @Override
                    public synchronized void flush() {
                        errorNext(new KafkaException("not leader"));
                    }
                };

        assertThatThrownBy(() -> FeedRegistry.remove(failing, "0123456789abcdef"))
                .isInstanceOf(KafkaException.class)
                .hasMessage("cannot publish feed definitions to ingest.feeds");
    }
}
