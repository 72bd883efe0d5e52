package io.dealwire.sink.internal;

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
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The at-least-once consumer loop a sink runs on its own thread: poll, hand the batch to a {@link BatchHandler}, send
 * its dead letters, commit what it finished, and on a transient failure seek back and wait a growing backoff.
 *
 * <p>Offsets are committed only after the handler's effects and the dead letters are durable, so a crash anywhere
 * redelivers the batch; handlers make their writes idempotent. A failed dead-letter send or commit rewinds to the
 * batch's first offsets.
 */
public final class SinkLoop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SinkLoop.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final int ATTEMPTS_BEFORE_ERROR = 5;

    /**
     * What the loop consumes and how fast it retries.
     *
     * @param name short sink name for the thread and logs, e.g. {@code postgres}
     * @param topics topics to subscribe to
     * @param pollTimeout longest wait of one poll
     * @param maxRetryBackoff longest wait between retries
     */
    public record Settings(String name, List<String> topics, Duration pollTimeout, Duration maxRetryBackoff) {
        public Settings {
            Objects.requireNonNull(name, "name must not be null");
            topics = List.copyOf(topics);
            Objects.requireNonNull(pollTimeout, "pollTimeout must not be null");
            Objects.requireNonNull(maxRetryBackoff, "maxRetryBackoff must not be null");
        }
    }

    private final Settings settings;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final BatchHandler handler;
    private final AutoCloseable resources;
    private final RetryBackoff backoff;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile Thread thread;
    private volatile Map<MetricName, ? extends Metric> metrics = Map.of();
    /** The offsets this loop last committed, per partition; read and written on the consumer thread only. */
    private final Map<TopicPartition, Long> lastCommitted = new java.util.HashMap<>();

    /** A loop over the given clients and the handler's own {@code resources}, all closed when the loop stops. */
    public SinkLoop(
            Settings settings,
            Consumer<String, byte[]> consumer,
            Producer<String, byte[]> producer,
            BatchHandler handler,
            AutoCloseable resources) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.consumer = Objects.requireNonNull(consumer, "consumer must not be null");
        this.producer = Objects.requireNonNull(producer, "producer must not be null");
        this.handler = Objects.requireNonNull(handler, "handler must not be null");
        this.resources = Objects.requireNonNull(resources, "resources must not be null");
        this.backoff = new RetryBackoff(settings.maxRetryBackoff());
    }

    /**
     * Subscribes and starts the consumer thread.
     *
     * @throws IllegalStateException when already started or closed
     */
    public synchronized void start() {
        if (thread != null || stopping.getCount() == 0) {
            throw new IllegalStateException("the " + settings.name() + " sink can be started once");
        }
        thread = new Thread(this::run, "dealwire-sink-" + settings.name());
        thread.start();
    }

    /** Whether the consumer thread is alive. */
    public boolean isRunning() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /**
     * Records not consumed yet, summed over the assigned partitions (the consumer's {@code records-lag} metric,
     * measured against the last stable offset under {@code read_committed}); 0 before the first fetch.
     */
    public double lag() {
        return metrics.entrySet().stream()
                .filter(e -> e.getKey().name().equals("records-lag")
                        && e.getKey().group().equals("consumer-fetch-manager-metrics")
                        && e.getKey().tags().containsKey("partition"))
                .mapToDouble(e -> e.getValue().metricValue() instanceof Number n ? Math.max(0, n.doubleValue()) : 0)
                .filter(Double::isFinite)
                .sum();
    }

    /** Records sent to the dead-letter topic so far. */
    public long deadLettered() {
        return deadLettered.get();
    }

    /** Stops the consumer thread (waiting at most a few seconds) and closes the clients and resources. */
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
            log.atError().addKeyValue("sink", settings.name()).log("sink thread did not stop in time");
        }
    }

    private void run() {
        try {
            consumer.subscribe(settings.topics());
            // taken on the consumer's own thread: a live, thread-safe view other threads may read
            metrics = consumer.metrics();
            while (stopping.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(settings.pollTimeout());
                if (!records.isEmpty()) {
                    process(records);
                } else {
                    commitPassedMarkers();
                }
            }
        } catch (WakeupException | InterruptException e) {
            log.atDebug().addKeyValue("sink", settings.name()).log("sink woken up to stop");
        } catch (RuntimeException e) {
            log.atError()
                    .addKeyValue("sink", settings.name())
                    .addKeyValue("error", e.toString())
                    .setCause(e)
                    .log("sink stopped on an unexpected error");
        } finally {
            closeResources();
            log.atInfo().addKeyValue("sink", settings.name()).log("sink stopped");
        }
    }

    private void process(ConsumerRecords<String, byte[]> records) {
        try {
            BatchResult result = handler.handle(records);
            sendDeadLetters(result.deadLetters());
            if (!result.commit().isEmpty()) {
                consumer.commitSync(result.commit());
                result.commit().forEach((tp, at) -> lastCommitted.put(tp, at.offset()));
            }
            if (result.needsRetry()) {
                retryLater(result.rewindTo(), result.retryCause().orElseThrow());
            } else {
                backoff.onSuccess();
            }
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (IOException | KafkaException e) {
            retryLater(BatchOffsets.of(records).first(), e);
        }
    }

    /**
     * On an idle poll, commits positions that moved past records this loop never receives: the markers that
     * transactional producers (enrich runs exactly-once) write after each transaction. Without this the group's
     * committed offset stays one short of the log end on every such partition, and its lag never reads zero. Every
     * record before a position was handed to {@link #process} (or the position was rewound to it), so nothing is
     * skipped.
     */
    private void commitPassedMarkers() {
        Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> moved = new java.util.HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            Long committed = lastCommitted.get(tp);
            if (committed == null) {
                continue; // nothing of ours on it yet: its committed offset is whatever the group had
            }
            long position;
            try {
                position = consumer.position(tp, Duration.ZERO);
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                continue;
            }
            if (position > committed) {
                moved.put(tp, new org.apache.kafka.clients.consumer.OffsetAndMetadata(position));
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(moved);
            moved.forEach((tp, at) -> lastCommitted.put(tp, at.offset()));
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            // a rebalance or a broker hiccup: the next idle poll tries again, and nothing depends on it
            log.atDebug().addKeyValue("sink", settings.name()).setCause(e).log("could not commit idle positions");
        }
    }

    private void sendDeadLetters(List<DeadLetter> deadLetters) throws IOException {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (DeadLetter letter : deadLetters) {
            log.atWarn()
                    .addKeyValue("sink", settings.name())
                    .addKeyValue("topic", letter.source().topic())
                    .addKeyValue("partition", letter.source().partition())
                    .addKeyValue("offset", letter.source().offset())
                    .addKeyValue("errorCode", letter.errorCode())
                    .addKeyValue("error", letter.error().getMessage())
                    .log("record sent to the dead-letter topic");
            sends.add(producer.send(letter.toProducerRecord()));
        }
        if (sends.isEmpty()) {
            return;
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

    private void retryLater(Map<TopicPartition, Long> rewindTo, Exception e) {
        Duration wait = backoff.onFailure();
        log.atLevel(backoff.failures() >= ATTEMPTS_BEFORE_ERROR ? Level.ERROR : Level.WARN)
                .addKeyValue("sink", settings.name())
                .addKeyValue("attempt", backoff.failures())
                .addKeyValue("retryInMs", wait.toMillis())
                .addKeyValue("error", e.toString())
                .log("batch not completed; offsets held, retrying");
        rewindTo.forEach((partition, offset) -> {
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
        closeQuietly(() -> consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT)), "consumer");
        closeQuietly(() -> producer.close(CLOSE_TIMEOUT), "dead-letter producer");
        closeQuietly(resources, "sink resources");
    }

    private void closeQuietly(AutoCloseable closeable, String what) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.atWarn()
                    .addKeyValue("sink", settings.name())
                    .addKeyValue("error", e.toString())
                    .log("cannot close the " + what + " cleanly");
        }
    }
}
