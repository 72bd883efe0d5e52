package io.dealwire.sink.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.SampleEvents;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several endpoints, each with its own consumer loop; a 410 that outlives a restart. */
class WebhookEndpointsTest {
    private static final TopicPartition PARTITION = new TopicPartition(Topics.DEAL_EVENTS.name(), 0);
    private static final String SECRET = "whsec_"
            + Base64.getEncoder()
                    .encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private final Map<String, MockConsumer<String, byte[]>> consumers = new ConcurrentHashMap<>();
    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final CountDownLatch slowReleased = new CountDownLatch(1);
    private HttpServer server;
    private WebhookSinkService service;

    @BeforeEach
    void startReceivers() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/fast", exchange -> answer(exchange, "fast", 200));
        server.createContext("/slow", exchange -> {
            note(exchange, "slow");
            awaitQuietly(slowReleased); // longer than the request deadline until released: a timeout, retried
            respond(exchange, 200);
        });
        server.createContext("/gone", exchange -> answer(exchange, "gone", 410));
        server.createContext("/moved", exchange -> answer(exchange, "moved", 200));
        server.start();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        slowReleased.countDown();
        server.stop(0);
    }

    @Test
    void aSlowEndpointHoldsBackOnlyItself() {
        service = start(List.of(endpoint("slow"), endpoint("fast")), DisabledEndpoints.inMemory(), 0, 5);

        await().atMost(Duration.ofSeconds(20)).until(() -> committed("dealwire-sink-webhook.fast") == 5);
        assertThat(received.get("fast")).containsExactly("ev-0", "ev-1", "ev-2", "ev-3", "ev-4");
        assertThat(committed("dealwire-sink-webhook.slow"))
                .as("the slow endpoint's offset")
                .isEqualTo(-1);
        assertThat(received.get("slow")).as("attempts at the slow endpoint").allMatch("ev-0"::equals);

        slowReleased.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> committed("dealwire-sink-webhook.slow") == 5);
        assertThat(received.get("slow")).containsSubsequence("ev-0", "ev-1", "ev-2", "ev-3", "ev-4");
    }

    @Test
    void anEndpointGoneStaysDisabledAfterARestartUntilItsUrlChanges() throws Exception {
        Path file = dir.resolve("webhook").resolve("disabled-endpoints");
        service = start(List.of(endpoint("gone"), endpoint("fast")), DisabledEndpoints.inFile(file), 0, 2);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        committed("dealwire-sink-webhook.gone") == 2 && committed("dealwire-sink-webhook.fast") == 2);
        service.close();
        assertThat(received.get("gone")).containsExactly("ev-0");
        assertThat(Files.readAllLines(file)).containsExactly("gone " + url("gone"));

        consumers.clear();
        service = start(List.of(endpoint("gone"), endpoint("fast")), DisabledEndpoints.inFile(file), 2, 4);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        committed("dealwire-sink-webhook.gone") == 4 && committed("dealwire-sink-webhook.fast") == 4);
        service.close();
        assertThat(received.get("gone")).as("calls after the restart").containsExactly("ev-0");
        assertThat(received.get("fast")).containsExactly("ev-0", "ev-1", "ev-2", "ev-3");
        assertThat(service.counters().disabledEndpoints()).containsExactly("gone");

        consumers.clear();
        WebhookEndpoint moved = new WebhookEndpoint("gone", url("moved"), SECRET, WebhookFilter.all());
        service = start(List.of(moved, endpoint("fast")), DisabledEndpoints.inFile(file), 4, 5);
        await().atMost(Duration.ofSeconds(20)).until(() -> committed("dealwire-sink-webhook.gone") == 5);
        assertThat(received.get("moved")).as("the endpoint at its new URL").containsExactly("ev-4");
    }

    private WebhookSinkService start(List<WebhookEndpoint> endpoints, DisabledEndpoints disabled, int from, int to) {
        WebhookSinkConfig config = WebhookSinkConfig.defaults(endpoints)
                .withAllowedHosts(Set.of("127.0.0.1"))
                .withTimings(TIMEOUT, Duration.ofMillis(20), Duration.ofMillis(200));
        WebhookPoster poster = new WebhookPoster(
                WebhookPoster.defaultClient(TIMEOUT),
                new DestinationCheck(config.allowedHosts()),
                Clock.systemUTC(),
                TIMEOUT);
        WebhookSinkService sink = new WebhookSinkService(
                config,
                group -> consumer(group, from, to),
                () -> new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()),
                poster,
                disabled);
        sink.start();
        return sink;
    }

    /** A consumer whose group has committed {@code from} and which finds events {@code from} to {@code to}. */
    private MockConsumer<String, byte[]> consumer(String group, int from, int to) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(PARTITION));
            consumer.updateBeginningOffsets(Map.of(PARTITION, (long) from));
            IntStream.range(from, to).forEach(i -> consumer.addRecord(record(i)));
        });
        consumers.put(group, consumer);
        return consumer;
    }

    private long committed(String group) {
        MockConsumer<String, byte[]> consumer = consumers.get(group);
        if (consumer == null) {
            return -1;
        }
        OffsetAndMetadata committed = consumer.committed(Set.of(PARTITION)).get(PARTITION);
        return committed == null ? -1 : committed.offset();
    }

    private void answer(HttpExchange exchange, String receiver, int status) throws IOException {
        note(exchange, receiver);
        respond(exchange, status);
    }

    private void note(HttpExchange exchange, String receiver) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String field = "\"eventId\":\"";
        int start = body.indexOf(field) + field.length();
        received.computeIfAbsent(receiver, r -> new CopyOnWriteArrayList<>())
                .add(body.substring(start, body.indexOf('"', start)));
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private WebhookEndpoint endpoint(String name) {
        return new WebhookEndpoint(name, url(name), SECRET, WebhookFilter.all());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    private static ConsumerRecord<String, byte[]> record(int offset) {
        DealEvent event = SampleEvents.acquisition("ev-" + offset);
        byte[] bytes = Topics.DEAL_EVENTS.valueSerde().get().serializer().serialize(PARTITION.topic(), event);
        return new ConsumerRecord<>(
                PARTITION.topic(),
                0,
                offset,
                Instant.parse("2026-03-02T10:00:00Z").toEpochMilli(),
                TimestampType.CREATE_TIME,
                9,
                bytes.length,
                event.getDealId(),
                bytes,
                new RecordHeaders(),
                Optional.empty());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
