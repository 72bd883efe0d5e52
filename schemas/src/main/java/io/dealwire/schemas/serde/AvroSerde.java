package io.dealwire.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record using Avro single-object encoding (marker {@code C3 01}, the writer
 * schema's 8-byte CRC-64-AVRO fingerprint, then the binary body).
 *
 * <p>The decoder knows every released version of the record ({@link SchemaHistory}), so records written by any
 * earlier release are read into the current class through Avro schema resolution. Bytes that are not a known
 * version fail with a {@link SerializationException} naming the topic.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {
    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Class<T> type, Schema current, List<Schema> history) {
        TrustedPackages.install();
        this.type = type;
        SpecificData data = SpecificData.getForClass(type);
        this.encoder = new BinaryMessageEncoder<>(data, current);
        this.decoder = new BinaryMessageDecoder<>(data, current);
        history.forEach(decoder::addSchema);
    }

    /** A serde for {@code type} that reads every version kept in {@link SchemaHistory}. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        Schema current = SpecificData.get().getSchema(type);
        return new AvroSerde<>(type, current, SchemaHistory.versions(current.getName()));
    }

    /** A serde for {@code type} that also reads the given writer schemas; for tests of schema evolution. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, List<Schema> writerSchemas) {
        return new AvroSerde<>(type, SpecificData.get().getSchema(type), writerSchemas);
    }

    /** The record class this serde reads and writes. */
    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null; // a tombstone on compacted topics
        }
        try {
            ByteBuffer buffer = encoder.encode(value);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + " for topic " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return decoder.decode(bytes);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new SerializationException(
                    "cannot decode " + type.getSimpleName() + " from " + bytes.length + " bytes on topic " + topic
                            + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the schema comes from the generated class
    }

    @Override
    public void close() {}
}
