package io.dealwire.sink.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.topic.DlqHeaders;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.SampleEvents;
import io.dealwire.sink.json.DealEventJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSinkServiceTest {
    private static final TopicPartition PARTITION = new TopicPartition(Topics.DEAL_EVENTS.name(), 0);
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    private static final int HANG = -1;

    /** A request as the receiver saw it. */
    record Received(String id, String timestamp, String signature, String contentType, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private HttpServer server;
    private WebhookSinkService service;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::receive);
        server.start();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        release.countDown();
        server.stop(0);
    }

    @Test
    void postsTheEventJsonSignedWithTheEndpointSecret() throws Exception {
        start(endpoint(WebhookFilter.all()), Set.of("127.0.0.1"), List.of(event(0, SampleEvents.acquisition("ev-a"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() == 1);

        assertThat(received).hasSize(1);
        Received request = received.get(0);
        assertThat(request.id()).isEqualTo("ev-a_main");
        assertThat(request.body()).isEqualTo(DealEventJson.toJson(SampleEvents.acquisition("ev-a")));
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.signature()).isEqualTo(expectedSignature(request));
        assertThat(service.counters()).isEqualTo(new WebhookCounters(1, 0, 0, Set.of()));
    }

    @Test
    void retriesAServerErrorWithTheSameWebhookId() throws Exception {
        script.addAll(List.of(500, 200));
        List<ConsumerRecord<String, byte[]>> batch = List.of(event(0, SampleEvents.acquisition("ev-a")));
        startRedelivering(batch);

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() == 1);

        assertThat(received).extracting(Received::id).containsExactly("ev-a_main", "ev-a_main");
        assertThat(received).allSatisfy(r -> assertThat(r.signature()).isEqualTo(expectedSignature(r)));
        assertThat(producer.history()).isEmpty();
        assertThat(service.counters()).isEqualTo(new WebhookCounters(1, 1, 0, Set.of()));
    }

    @Test
    void retriesAfterATimeout() throws Exception {
        script.addAll(List.of(HANG, 200));
        startRedelivering(List.of(event(0, SampleEvents.acquisition("ev-a"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() == 1);

        assertThat(received).extracting(Received::id).containsExactly("ev-a_main", "ev-a_main");
        assertThat(service.counters()).isEqualTo(new WebhookCounters(1, 1, 0, Set.of()));
    }

    @Test
    void goneDisablesTheEndpoint() throws Exception {
        script.add(410);
        start(
                endpoint(WebhookFilter.all()),
                Set.of("127.0.0.1"),
                List.of(event(0, SampleEvents.acquisition("ev-a")), event(1, SampleEvents.acquisition("ev-b"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() == 2);

        assertThat(received).extracting(Received::id).containsExactly("ev-a_main");
        assertThat(producer.history()).isEmpty();
        assertThat(service.counters()).isEqualTo(new WebhookCounters(0, 0, 0, Set.of("main")));
    }

    @Test
    void deadLettersAnEventTheReceiverRejects() throws Exception {
        script.add(400);
        start(endpoint(WebhookFilter.all()), Set.of("127.0.0.1"), List.of(event(0, SampleEvents.acquisition("ev-a"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() == 1);

        assertThat(producer.history()).hasSize(1);
        Map<String, String> headers = headers(producer.history().get(0));
        assertThat(headers)
                .containsEntry(DlqHeaders.ERROR_CODE, "WEBHOOK_REJECTED")
                .containsEntry(DlqHeaders.ERROR_MESSAGE, "event ev-a to endpoint main: endpoint answered 400")
                .containsEntry(DlqHeaders.SOURCE_OFFSET, "0")
                .containsEntry(DlqHeaders.STAGE, "sink");
        assertThat(service.counters()).isEqualTo(new WebhookCounters(0, 0, 1, Set.of()));
    }

    @Test
    void refusesALoopbackTargetThatIsNotAllowListed() throws Exception {
        start(endpoint(WebhookFilter.all()), Set.of(), List.of(event(0, SampleEvents.acquisition("ev-a"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() == 1);

        assertThat(received).isEmpty();
        Map<String, String> headers = headers(producer.history().get(0));
        assertThat(headers)
                .containsEntry(DlqHeaders.ERROR_CODE, "WEBHOOK_DESTINATION_REFUSED")
                .containsEntry(
                        DlqHeaders.ERROR_MESSAGE,
                        "event ev-a to endpoint main: destination refused: 127.0.0.1 resolves to internal address"
                                + " 127.0.0.1");
    }

    @Test
    void postsOnlyTheEventsTheFilterLetsThrough() throws Exception {
        WebhookFilter funding =
                new WebhookFilter(Set.of(DealType.FUNDING_ROUND), Set.of(), Set.of("fr"), Optional.empty());
        start(
                endpoint(funding),
                Set.of("127.0.0.1"),
                List.of(event(0, SampleEvents.acquisition("ev-a")), event(1, SampleEvents.bareFundingRound("ev-b"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() == 2);

        assertThat(received).extracting(Received::id).containsExactly("ev-b_main");
    }

    private void startRedelivering(List<ConsumerRecord<String, byte[]>> batch) {
        service =
                new WebhookSinkService(config(endpoint(WebhookFilter.all()), Set.of("127.0.0.1")), consumer, producer);
        consumer.schedulePollTask(() -> assignAndAdd(batch));
        consumer.schedulePollTask(() -> batch.forEach(consumer::addRecord)); // MockConsumer does not refetch
        service.start();
    }

    private void start(WebhookEndpoint endpoint, Set<String> allowed, List<ConsumerRecord<String, byte[]>> records) {
        service = new WebhookSinkService(config(endpoint, allowed), consumer, producer);
        consumer.schedulePollTask(() -> assignAndAdd(records));
        service.start();
    }

    private void assignAndAdd(List<ConsumerRecord<String, byte[]>> records) {
        consumer.rebalance(List.of(PARTITION));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        records.forEach(consumer::addRecord);
    }

    private WebhookEndpoint endpoint(WebhookFilter filter) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        return new WebhookEndpoint("main", url, SECRET, filter);
    }

    private static WebhookSinkConfig config(WebhookEndpoint endpoint, Set<String> allowed) {
        return WebhookSinkConfig.defaults(List.of(endpoint))
                .withAllowedHosts(allowed)
                .withTimings(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(50));
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var h = exchange.getRequestHeaders();
        received.add(new Received(
                h.getFirst("webhook-id"),
                h.getFirst("webhook-timestamp"),
                h.getFirst("webhook-signature"),
                h.getFirst("content-type"),
                body));
        Integer status = script.poll();
        if (status != null && status == HANG) {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status == null || status == HANG ? 200 : status, -1);
        exchange.close();
    }

    private static String expectedSignature(Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String signed = request.id() + "." + request.timestamp() + "." + request.body();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private long committed() {
        OffsetAndMetadata committed = consumer.committed(Set.of(PARTITION)).get(PARTITION);
        return committed == null ? -1 : committed.offset();
    }

    private static ConsumerRecord<String, byte[]> event(long offset, DealEvent event) {
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

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}
