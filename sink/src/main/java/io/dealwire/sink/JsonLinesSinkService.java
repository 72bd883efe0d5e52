package io.dealwire.sink;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.file.JsonLinesDealWriter;
import io.dealwire.sink.file.WriteOutcome;
import io.dealwire.sink.internal.DeadLetter;
import io.dealwire.sink.internal.DecodedBatch;
import io.dealwire.sink.internal.RetryBackoff;
import io.dealwire.sink.internal.SinkClientProps;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

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
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final int ATTEMPTS_BEFORE_ERROR = 5;

    private final JsonLinesSinkConfig config;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final JsonLinesDealWriter writer;
    private final Deserializer<DealEvent> values;
    private final RetryBackoff backoff;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile Thread thread;

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
        this.consumer = Objects.requireNonNull(consumer, "consumer must not be null");
        this.producer = Objects.requireNonNull(producer, "producer must not be null");
        this.writer = new JsonLinesDealWriter(config.directory().resolve(Topics.DEAL_EVENTS.name()));
        this.values = Topics.DEAL_EVENTS.valueSerde().get().deserializer();
        this.backoff = new RetryBackoff(config.maxRetryBackoff());
    }

    /**
     * Subscribes and starts the consumer thread.
     *
     * @throws IllegalStateException when already started or closed
     */
    public synchronized void start() {
        if (thread != null || stopping.getCount() == 0) {
            throw new IllegalStateException("the JSON Lines sink can be started once");
        }
        thread = new Thread(this::run, "dealwire-sink-jsonl");
        thread.start();
        log.atInfo()
                .addKeyValue("topic", Topics.DEAL_EVENTS.name())
                .addKeyValue("groupId", config.groupId())
                .addKeyValue("directory", config.directory())
                .log("JSON Lines sink started");
    }

    /** Whether the consumer thread is alive. */
    public boolean isRunning() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /** What the sink has done so far. */
    public SinkCounters counters() {
        return new SinkCounters(written.get(), skipped.get(), deadLettered.get());
    }

    /** Stops the consumer thread (waiting at most a few seconds) and closes the clients and files. */
    @Override
    public void close() {
        Thread current;
        synchronized (this) {
            stopping.countDown();
            current = thread;
        }
        if (current == null) {
            closeResources();
            return;
        }
        consumer.wakeup();
        try {
            current.join(CLOSE_TIMEOUT.multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (current.isAlive()) {
            log.atError().log("JSON Lines sink thread did not stop in time");
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.DEAL_EVENTS.name()));
            while (stopping.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(config.pollTimeout());
                if (!records.isEmpty()) {
                    process(DecodedBatch.decode(records, values));
                }
            }
        } catch (WakeupException | InterruptException e) {
            log.atDebug().log("JSON Lines sink woken up to stop");
        } catch (RuntimeException e) {
            log.atError()
                    .addKeyValue("error", e.toString())
                    .setCause(e)
                    .log("JSON Lines sink stopped on an unexpected error");
        } finally {
            closeResources();
            log.atInfo().addKeyValue("counters", counters()).log("JSON Lines sink stopped");
        }
    }

    private void process(DecodedBatch batch) {
        try {
            WriteOutcome outcome = writer.write(batch.lines());
            written.addAndGet(outcome.written());
            skipped.addAndGet(outcome.skippedDuplicates());
            sendDeadLetters(batch.deadLetters());
            consumer.commitSync(batch.nextOffsets());
            backoff.onSuccess();
            log.atDebug()
                    .addKeyValue("written", outcome.written())
                    .addKeyValue("skippedDuplicates", outcome.skippedDuplicates())
                    .addKeyValue("deadLettered", batch.deadLetters().size())
                    .log("batch written and committed");
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (IOException | KafkaException e) {
            retryLater(batch, e);
        }
    }

    private void sendDeadLetters(List<DeadLetter> deadLetters) throws IOException {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (DeadLetter letter : deadLetters) {
            log.atWarn()
                    .addKeyValue("topic", letter.source().topic())
                    .addKeyValue("partition", letter.source().partition())
                    .addKeyValue("offset", letter.source().offset())
                    .addKeyValue("errorCode", letter.errorCode())
                    .addKeyValue("error", letter.error().getMessage())
                    .log("record sent to the dead-letter topic");
            sends.add(producer.send(letter.toProducerRecord()));
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            awaitSend(send);
        }
        deadLettered.addAndGet(deadLetters.size());
    }

    private static void awaitSend(Future<RecordMetadata> send) throws IOException {
        try {
            send.get();
        } catch (ExecutionException e) {
            throw new IOException("dead-letter send failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        }
    }

    private void retryLater(DecodedBatch batch, Exception e) {
        Duration wait = backoff.onFailure();
        log.atLevel(backoff.failures() >= ATTEMPTS_BEFORE_ERROR ? Level.ERROR : Level.WARN)
                .addKeyValue("attempt", backoff.failures())
                .addKeyValue("retryInMs", wait.toMillis())
                .addKeyValue("error", e.toString())
                .log("batch not completed; offsets held, retrying from the batch's first offsets");
        batch.firstOffsets().forEach((partition, offset) -> {
            // after a rebalance the partition may be someone else's; its new owner starts from the committed offset
            if (consumer.assignment().contains(partition)) {
                consumer.seek(partition, offset);
            }
        });
        try {
            stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptException(interrupted);
        }
    }

    private void closeResources() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("error", e.toString()).log("cannot close the consumer cleanly");
        }
        try {
            producer.close(CLOSE_TIMEOUT);
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("error", e.toString()).log("cannot close the dead-letter producer cleanly");
        }
        try {
            writer.close();
        } catch (IOException e) {
            log.atWarn().addKeyValue("error", e.toString()).log("cannot close the day files cleanly");
        }
    }
}
