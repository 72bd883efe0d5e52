package io.dealwire.sink;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.file.JsonLinesDealWriter;
import io.dealwire.sink.file.WriteOutcome;
import io.dealwire.sink.internal.BatchResult;
import io.dealwire.sink.internal.DecodedBatch;
import io.dealwire.sink.internal.SinkClientProps;
import io.dealwire.sink.internal.SinkLoop;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code deals.events} and appends every event to daily JSON Lines files, at least once with idempotent
 * writes, so each event is in the files exactly once.
 *
 * <p>Each polled batch is written and synced, its dead letters are sent to {@code news.dlq}, and only then are its
 * offsets committed. A failed write, dead-letter send or commit rewinds the consumer to the batch's first offsets
 * and retries after a growing backoff; the writer skips the events already written, so nothing is doubled. Records
 * that cannot be decoded go to the DLQ with their raw bytes and processing continues.
 *
 * <p>One thread, started by {@link #start()}, owns the Kafka clients and the writer; {@link #close()} stops it.
 */
public final class JsonLinesSinkService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JsonLinesSinkService.class);

    private final JsonLinesSinkConfig config;
    private final JsonLinesDealWriter writer;
    private final Deserializer<DealEvent> values;
    private final SinkLoop loop;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    /**
     * A sink with real Kafka clients.
     *
     * @param kafkaClientProps {@code bootstrap.servers} plus any client settings to pass through (security, client
     *     id…); keys that are not consumer (resp. producer) settings are left out of that client. The group id,
     *     deserializers, {@code enable.auto.commit=false} and {@code isolation.level=read_committed} always win;
     *     {@code auto.offset.reset} defaults to {@code earliest}.
     */
    public JsonLinesSinkService(JsonLinesSinkConfig config, Map<String, Object> kafkaClientProps) {
        this(
                config,
                new KafkaConsumer<>(SinkClientProps.consumer(config.groupId(), kafkaClientProps)),
                new KafkaProducer<>(SinkClientProps.producer(kafkaClientProps)));
    }

    /** A sink over the given clients, which it owns and closes; for tests and embedding. */
    public JsonLinesSinkService(
            JsonLinesSinkConfig config, Consumer<String, byte[]> consumer, Producer<String, byte[]> producer) {
        this.config = Objects.requireNonNull(config, "config must not be null");
        this.writer = new JsonLinesDealWriter(config.directory().resolve(Topics.DEAL_EVENTS.name()));
        this.values = Topics.DEAL_EVENTS.valueSerde().get().deserializer();
        SinkLoop.Settings settings = new SinkLoop.Settings(
                "jsonl", List.of(Topics.DEAL_EVENTS.name()), config.pollTimeout(), config.maxRetryBackoff());
        this.loop = new SinkLoop(settings, consumer, producer, this::handle, writer);
    }

    /**
     * Subscribes and starts the consumer thread.
     *
     * @throws IllegalStateException when already started or closed
     */
    public void start() {
        loop.start();
        log.atInfo()
                .addKeyValue("topic", Topics.DEAL_EVENTS.name())
                .addKeyValue("groupId", config.groupId())
                .addKeyValue("directory", config.directory())
                .log("JSON Lines sink started");
    }

    /** Whether the consumer thread is alive. */
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** What the sink has done so far. */
    public SinkCounters counters() {
        return new SinkCounters(written.get(), skipped.get(), loop.deadLettered());
    }

    /** Stops the consumer thread (waiting at most a few seconds) and closes the clients and files. */
    @Override
    public void close() {
        loop.close();
    }

    private BatchResult handle(ConsumerRecords<String, byte[]> records) {
        DecodedBatch batch = DecodedBatch.decode(records, values);
        WriteOutcome outcome;
        try {
            outcome = writer.write(batch.lines());
        } catch (IOException e) {
            return BatchResult.retry(List.of(), Map.of(), batch.firstOffsets(), e);
        }
        written.addAndGet(outcome.written());
        skipped.addAndGet(outcome.skippedDuplicates());
        log.atDebug()
                .addKeyValue("written", outcome.written())
                .addKeyValue("skippedDuplicates", outcome.skippedDuplicates())
                .addKeyValue("deadLettered", batch.deadLetters().size())
                .log("batch written");
        return BatchResult.done(batch.deadLetters(), batch.nextOffsets());
    }
}
