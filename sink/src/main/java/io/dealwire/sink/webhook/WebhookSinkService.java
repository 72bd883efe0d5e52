package io.dealwire.sink.webhook;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.internal.BatchOffsets;
import io.dealwire.sink.internal.BatchResult;
import io.dealwire.sink.internal.DeadLetter;
import io.dealwire.sink.internal.SinkClientProps;
import io.dealwire.sink.internal.SinkLoop;
import io.dealwire.sink.json.DealEventJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code deals.events} and POSTs each event, as the JSON of {@link DealEventJson}, to every endpoint whose
 * filter it matches, in offset order, at least once per event and endpoint.
 *
 * <p>A transient failure (5xx, 408, 429, timeout, connection error) stops the batch at that event: what was done
 * before it is committed, and the event is retried after a growing backoff with the same {@code webhook-id}, only to
 * the endpoints that have not had it yet. A 410 disables the endpoint, for good when the {@link DisabledEndpoints}
 * are kept in a file. Any other 4xx or 3xx, or a target the {@link DestinationCheck} refuses, dead-letters the event
 * for that endpoint (code {@value #WEBHOOK_REJECTED} or {@value #WEBHOOK_DESTINATION_REFUSED}).
 *
 * <p>Built from Kafka settings or a consumer factory, each endpoint has a consumer loop of its own (consumer group
 * {@code group-id} with one endpoint, {@code group-id.<endpoint id>} with several), so a slow or failing endpoint
 * holds back only itself. Built over one given consumer (tests), all endpoints share one loop.
 */
public final class WebhookSinkService implements AutoCloseable {
    /** Dead-letter code of an event an endpoint answered with a non-retriable status. */
    public static final String WEBHOOK_REJECTED = "WEBHOOK_REJECTED";
    /** Dead-letter code of an event whose endpoint failed the destination check. */
    public static final String WEBHOOK_DESTINATION_REFUSED = "WEBHOOK_DESTINATION_REFUSED";

    private static final Logger log = LoggerFactory.getLogger(WebhookSinkService.class);

    private final WebhookSinkConfig config;
    private final WebhookPoster poster;
    private final Deserializer<DealEvent> values;
    private final DisabledEndpoints disabled;
    private final List<Lane> lanes = new ArrayList<>();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();

    /**
     * A sink with real Kafka clients and the JDK HTTP client, one consumer loop per endpoint; 410s are forgotten at
     * restart.
     *
     * @param kafkaClientProps {@code bootstrap.servers} plus any client settings to pass through
     */
    public WebhookSinkService(WebhookSinkConfig config, Map<String, Object> kafkaClientProps) {
        this(config, kafkaClientProps, DisabledEndpoints.inMemory());
    }

    /** A sink with real Kafka clients and the JDK HTTP client, one consumer loop per endpoint. */
    public WebhookSinkService(
            WebhookSinkConfig config, Map<String, Object> kafkaClientProps, DisabledEndpoints disabled) {
        this(
                config,
                group -> new KafkaConsumer<>(SinkClientProps.consumer(group, kafkaClientProps)),
                () -> new KafkaProducer<>(SinkClientProps.producer(kafkaClientProps)),
                defaultPoster(config),
                disabled);
    }

    /**
     * A sink with one consumer loop per endpoint over clients the factories make (the consumer's argument is its
     * group id); the sink owns and closes them.
     */
    public WebhookSinkService(
            WebhookSinkConfig config,
            Function<String, Consumer<String, byte[]>> consumers,
            Supplier<Producer<String, byte[]>> producers,
            WebhookPoster poster,
            DisabledEndpoints disabled) {
        this.config = Objects.requireNonNull(config, "config must not be null");
        this.poster = Objects.requireNonNull(poster, "poster must not be null");
        this.disabled = Objects.requireNonNull(disabled, "disabled must not be null");
        this.values = Topics.DEAL_EVENTS.valueSerde().get().deserializer();
        boolean one = config.endpoints().size() == 1;
        for (WebhookEndpoint endpoint : config.endpoints()) {
            String group = one ? config.groupId() : config.groupId() + "." + endpoint.id();
            String name = one ? "webhook" : "webhook-" + endpoint.id();
            lanes.add(new Lane(name, List.of(endpoint), consumers.apply(group), producers.get()));
        }
    }

    /** A sink over the given Kafka clients, which it owns and closes, all endpoints in one loop; for tests. */
    public WebhookSinkService(
            WebhookSinkConfig config, Consumer<String, byte[]> consumer, Producer<String, byte[]> producer) {
        this(config, consumer, producer, defaultPoster(config));
    }

    /** A sink over the given clients and poster (HTTP client, destination check, clock), one loop; for tests. */
    public WebhookSinkService(
            WebhookSinkConfig config,
            Consumer<String, byte[]> consumer,
            Producer<String, byte[]> producer,
            WebhookPoster poster) {
        this.config = Objects.requireNonNull(config, "config must not be null");
        this.poster = Objects.requireNonNull(poster, "poster must not be null");
        this.disabled = DisabledEndpoints.inMemory();
        this.values = Topics.DEAL_EVENTS.valueSerde().get().deserializer();
        lanes.add(new Lane("webhook", config.endpoints(), consumer, producer));
    }

    /** Subscribes and starts the consumer thread. */
    public void start() {
        lanes.forEach(lane -> lane.loop.start());
        log.atInfo()
                .addKeyValue("groupId", config.groupId())
                .addKeyValue("endpoints", config.endpoints().size())
                .log("webhook sink started");
    }

    /** Whether the consumer thread is alive. */
    public boolean isRunning() {
        return lanes.stream().allMatch(lane -> lane.loop.isRunning());
    }

    /** What the sink has done so far. */
    public WebhookCounters counters() {
        long deadLettered =
                lanes.stream().mapToLong(lane -> lane.loop.deadLettered()).sum();
        return new WebhookCounters(delivered.get(), retried.get(), deadLettered, disabled.idsAmong(config.endpoints()));
    }

    /** Stops the consumer thread (an attempt in flight may run to its deadline) and closes the Kafka clients. */
    @Override
    public void close() {
        lanes.forEach(lane -> lane.loop.close());
    }

    /** Endpoints served by one consumer loop, with the bookkeeping of the event being retried. */
    private final class Lane {
        private final List<WebhookEndpoint> endpoints;
        private final SinkLoop loop;
        // endpoints already done with the event being retried, so a retry reaches only the others
        private String pendingRecord = "";
        private final Set<String> pendingDone = new HashSet<>();

        Lane(
                String name,
                List<WebhookEndpoint> endpoints,
                Consumer<String, byte[]> consumer,
                Producer<String, byte[]> producer) {
            this.endpoints = List.copyOf(endpoints);
            SinkLoop.Settings settings = new SinkLoop.Settings(
                    name, List.of(Topics.DEAL_EVENTS.name()), config.pollTimeout(), config.maxRetryBackoff());
            this.loop = new SinkLoop(settings, consumer, producer, this::handle, () -> {});
        }

        private BatchResult handle(ConsumerRecords<String, byte[]> records) {
            BatchOffsets batch = BatchOffsets.of(records);
            List<DeadLetter> deadLetters = new ArrayList<>();
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                Optional<Delivery> failure = deliver(record, deadLetters);
                if (failure.isPresent()) {
                    retried.incrementAndGet();
                    Map<TopicPartition, Long> rewind = new HashMap<>(batch.first());
                    done.forEach((partition, next) -> rewind.put(partition, next.offset()));
                    return BatchResult.retry(deadLetters, done, rewind, new WebhookDeliveryException(failure.get()));
                }
                done.put(
                        new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            return BatchResult.done(deadLetters, done);
        }

        /** Delivers one record to every endpoint that wants it; the first transient failure, if any. */
        private Optional<Delivery> deliver(ConsumerRecord<String, byte[]> record, List<DeadLetter> deadLetters) {
            if (record.value() == null) {
                deadLetters.add(new DeadLetter(
                        record, DeadLetter.EMPTY_RECORD, new IllegalArgumentException("record has no value")));
                return Optional.empty();
            }
            DealEvent event;
            try {
                event = values.deserialize(record.topic(), record.headers(), record.value());
            } catch (SerializationException e) {
                deadLetters.add(new DeadLetter(record, DeadLetter.UNDECODABLE_RECORD, e));
                return Optional.empty();
            }
            String recordId = record.topic() + "/" + record.partition() + "/" + record.offset();
            if (!recordId.equals(pendingRecord)) {
                pendingRecord = recordId;
                pendingDone.clear();
            }
            String body = DealEventJson.toJson(event);
            for (WebhookEndpoint endpoint : endpoints) {
                if (disabled.contains(endpoint)
                        || pendingDone.contains(endpoint.id())
                        || !endpoint.filter().matches(event)) {
                    continue;
                }
                Delivery delivery = poster.post(endpoint, event.getEventId(), body);
                if (delivery.outcome() == Delivery.Outcome.RETRY) {
                    logAttempt(endpoint, event, delivery);
                    return Optional.of(delivery);
                }
                pendingDone.add(endpoint.id());
                settle(record, endpoint, event, delivery, deadLetters);
            }
            return Optional.empty();
        }
    }

    private void settle(
            ConsumerRecord<String, byte[]> record,
            WebhookEndpoint endpoint,
            DealEvent event,
            Delivery delivery,
            List<DeadLetter> deadLetters) {
        switch (delivery.outcome()) {
            case DELIVERED -> delivered.incrementAndGet();
            case GONE -> {
                disabled.add(endpoint);
                log.atWarn()
                        .addKeyValue("endpoint", endpoint.id())
                        .addKeyValue("url", endpoint.url())
                        .addKeyValue("statusCode", delivery.statusCode())
                        .log("webhook endpoint answered 410 Gone; disabled");
            }
            case REJECTED -> deadLetters.add(deadLetter(record, WEBHOOK_REJECTED, endpoint, event, delivery));
            case REFUSED -> deadLetters.add(deadLetter(record, WEBHOOK_DESTINATION_REFUSED, endpoint, event, delivery));
            default -> throw new IllegalStateException("not a settled outcome: " + delivery);
        }
    }

    private static DeadLetter deadLetter(
            ConsumerRecord<String, byte[]> record,
            String code,
            WebhookEndpoint endpoint,
            DealEvent event,
            Delivery delivery) {
        String message = "event " + event.getEventId() + " to endpoint " + endpoint.id() + ": " + delivery.detail();
        return new DeadLetter(record, code, new WebhookDeliveryException(message));
    }

    private static void logAttempt(WebhookEndpoint endpoint, DealEvent event, Delivery delivery) {
        log.atDebug()
                .addKeyValue("endpoint", endpoint.id())
                .addKeyValue("eventId", event.getEventId())
                .addKeyValue("statusCode", delivery.statusCode())
                .addKeyValue("error", delivery.detail())
                .log("webhook delivery failed transiently");
    }

    private static WebhookPoster defaultPoster(WebhookSinkConfig config) {
        return new WebhookPoster(
                WebhookPoster.defaultClient(config.requestTimeout()),
                new DestinationCheck(config.allowedHosts()),
                Clock.systemUTC(),
                config.requestTimeout());
    }
}
