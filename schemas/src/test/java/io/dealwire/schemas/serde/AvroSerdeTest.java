package io.dealwire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Evidence;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import io.dealwire.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
    private static final Instant PUBLISHED = Instant.parse("2026-03-02T08:15:00Z");

    @Test
    void dealEventRoundTripsThroughSingleObjectEncoding() {
        AvroSerde<DealEvent> serde = AvroSerde.of(DealEvent.class);
        DealEvent event = sampleEvent();

        byte[] bytes = serde.serialize("deals.events", event);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(serde.deserialize("deals.events", bytes)).isEqualTo(event);
    }

    @Test
    void rawArticleRoundTripsWithOptionalFieldsAbsent() {
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);
        RawArticle article = RawArticle.newBuilder()
                .setArticleId("a1")
                .setUrl("https://news.example/a1")
                .setTitle("Nordlicht Energie buys a wind farm")
                .setText("Nordlicht Energie said on Monday it bought a wind farm.")
                .setFetchedAt(PUBLISHED)
                .build();

        assertThat(serde.deserialize("t", serde.serialize("t", article))).isEqualTo(article);
    }

    @Test
    void nullIsATombstoneBothWays() {
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);

        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void bytesThatAreNotSingleObjectEncodedFailWithTheTopicNamed() {
        AvroSerde<DealEvent> serde = AvroSerde.of(DealEvent.class);

        assertThatThrownBy(() -> serde.deserialize("deals.events", "not avro at all".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("deals.events")
                .hasMessageContaining("DealEvent");
    }

    @Test
    void recordWrittenWithAnUnknownSchemaFailsToDecode() {
        Schema stranger =
                SchemaBuilder.record("Stranger").fields().requiredString("x").endRecord();
        byte[] bytes = encode(
                stranger, new GenericRecordBuilder(stranger).set("x", "y").build());

        assertThatThrownBy(() -> AvroSerde.of(RawArticle.class).deserialize("news.articles.raw", bytes))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void readsRecordsWrittenWithAnOlderVersionOfTheSchema() {
        // An older RawArticle without the optional fields added since: the decoder fills their defaults.
        Schema older = SchemaBuilder.record("RawArticle")
                .namespace("io.dealwire.schemas.avro")
                .fields()
                .requiredString("articleId")
                .requiredString("url")
                .requiredString("title")
                .requiredString("text")
                .name("fetchedAt")
                .type(org.apache.avro.LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)))
                .noDefault()
                .endRecord();
        GenericRecord old = new GenericRecordBuilder(older)
                .set("articleId", "a2")
                .set("url", "https://news.example/a2")
                .set("title", "Old title")
                .set("text", "Old text.")
                .set("fetchedAt", PUBLISHED.toEpochMilli())
                .build();

        RawArticle read = AvroSerde.of(RawArticle.class, List.of(older)).deserialize("t", encode(older, old));

        assertThat(read.getArticleId()).isEqualTo("a2");
        assertThat(read.getFetchedAt()).isEqualTo(PUBLISHED);
        assertThat(read.getOrigin()).isEqualTo("FEED");
        assertThat(read.getPublishedAt()).isNull();
    }

    private static byte[] encode(Schema schema, GenericRecord record) {
        try {
            ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static DealEvent sampleEvent() {
        return DealEvent.newBuilder()
                .setEventId("e1")
                .setDealId("d1")
                .setType(DealType.ACQUISITION)
                .setStatus(DealStatus.ANNOUNCED)
                .setParties(List.of(
                        new Party("Halvorsen Robotics", "halvorsen robotics", PartyRole.BUYER),
                        new Party("Quillfeather", "quillfeather", PartyRole.TARGET)))
                .setAmount(new Money(1.25e9, "EUR", false))
                .setStakePercent(null)
                .setValuation(null)
                .setArticleId("a1")
                .setArticleUrl("https://news.example/a1")
                .setArticleTitle("Halvorsen Robotics to buy Quillfeather")
                .setArticleLanguage("en")
                .setArticlePublishedAt(PUBLISHED)
                .setEvidence(
                        new Evidence("Halvorsen Robotics agreed to buy Quillfeather for 1.25 billion euros.", 0, 70))
                .setConfidence(0.9)
                .setExtractorVersion("0.1.0")
                .build();
    }

    /** Minimal builder so the test reads top-down. */
    private static final class GenericRecordBuilder {
        private final GenericData.Record record;

        GenericRecordBuilder(Schema schema) {
            this.record = new GenericData.Record(schema);
        }

        GenericRecordBuilder set(String field, Object value) {
            record.put(field, value);
            return this;
        }

        GenericRecord build() {
            return record;
        }
    }
}
