package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.app.broker.EmbeddedBroker;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.TopicSpec;
import io.dealwire.schemas.topic.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's JSON API, the same questions asked of every {@link DealRepository}: the whole desk service runs on
 * the embedded broker, the deals of {@link #deals()} are written where the repository reads them, and the test
 * asks over HTTP.
 */
abstract class DeskApiContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EVIL_TITLE = "<script>document.title='pwned'</script>Evil & Co <b>buys</b> \"Target\"";
    static EmbeddedBroker broker;
    static Path brokerDir;

    DealDeskService desk;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBroker() throws Exception {
        brokerDir = Files.createTempDirectory("desk-api-broker");
        broker = EmbeddedBroker.start(BrokerSettings.of(brokerDir, 0));
        try (Admin admin = Admin.create(kafkaProps())) {
            new TopicCreator(admin, 1).createMissing(Topics.ALL);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    static Map<String, Object> kafkaProps() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    }

    /** The deals of every test: two ordinary ones and one whose title and link are hostile. */
    static List<DeskFixtures.Deal> deals(String run) {
        var acme = DeskFixtures.deal(
                run + "-acme",
                DealType.ACQUISITION,
                "Acme Corp",
                "Lumen Ltd",
                DeskFixtures.money(2e9, "USD"),
                Instant.parse("2026-03-01T10:00:00Z"),
                "en");
        var koalys = DeskFixtures.deal(
                run + "-koalys",
                DealType.INVESTMENT,
                "Banque Nord",
                "Koalys",
                DeskFixtures.money(3.5e8, "EUR"),
                Instant.parse("2026-03-05T10:00:00Z"),
                "fr");
        var evil = DeskFixtures.deal(
                run + "-evil",
                DealType.ACQUISITION,
                "Evil & Co",
                "Target <b>Inc</b>",
                null,
                Instant.parse("2026-03-03T10:00:00Z"),
                "en");
        evil.story().getSources().get(0).setTitle(EVIL_TITLE);
        evil.story().getSources().get(0).setUrl("javascript:alert(1)");
        return List.of(acme, koalys, evil);
    }

    /** Writes the deals where the repository under test reads them. */
    abstract void store(List<DeskFixtures.Deal> deals) throws Exception;

    /** The PostgreSQL database the desk reads from; empty for the Kafka Streams stores. */
    abstract Optional<DataSource> postgres();

    String run;

    @BeforeEach
    void startDesk() throws Exception {
        run = UUID.randomUUID().toString().substring(0, 8);
        store(deals(run));
        desk = DealDeskService.start(
                new UiConfig(true, "127.0.0.1", 0, "desk-api-" + run, CurrencyRates.parse("USD", "EUR=1.1")),
                new DealDeskService.Wiring(kafkaProps(), postgres(), Optional.empty(), List.of("desk-api-none")));
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> get("/api/deals?company=" + run).get("total").asInt() >= 0
                        && get("/api/deals").get("total").asInt() >= 3
                        && ids(get("/api/deals")).containsAll(List.of(run + "-acme", run + "-koalys", run + "-evil")));
    }

    @AfterEach
    void stopDesk() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void listsDealsNewestFirstWithConvertedAmounts() throws Exception {
        JsonNode page = get("/api/deals?from=2026-03-01&to=2026-03-05&limit=500");
        List<String> mine = ids(page).stream().filter(id -> id.startsWith(run)).toList();
        assertThat(mine).containsExactly(run + "-koalys", run + "-evil", run + "-acme");
        JsonNode koalys = card(page, run + "-koalys");
        assertThat(koalys.at("/amount/currency").asText()).isEqualTo("EUR");
        assertThat(koalys.at("/converted/value").asDouble()).isEqualTo(3.5e8 * 1.1);
        assertThat(koalys.at("/converted/currency").asText()).isEqualTo("USD");
        assertThat(card(page, run + "-evil").has("converted")).isFalse();
        assertThat(page.get("currency").asText()).isEqualTo("USD");
        assertThat(page.get("ratesConfigured").asBoolean()).isTrue();
    }

    @Test
    void filtersByCompanyTypeLanguageAndMinimumAmount() throws Exception {
        assertThat(ids(get("/api/deals?company=koalys&from=2026-03-01&to=2026-03-05")))
                .contains(run + "-koalys")
                .doesNotContain(run + "-acme", run + "-evil");
        assertThat(ids(get("/api/deals?type=INVESTMENT&language=fr&limit=500")))
                .contains(run + "-koalys")
                .doesNotContain(run + "-acme");
        assertThat(ids(get("/api/deals?minAmount=1000000000&limit=500")))
                .contains(run + "-acme")
                .doesNotContain(run + "-koalys", run + "-evil");
    }

    @Test
    void pagesWithOffsetAndLimit() throws Exception {
        JsonNode all = get("/api/deals?limit=500");
        int total = all.get("total").asInt();
        JsonNode second = get("/api/deals?offset=1&limit=1");
        assertThat(second.get("total").asInt()).isEqualTo(total);
        assertThat(second.get("deals")).hasSize(1);
        assertThat(ids(second)).containsExactly(ids(all).get(1));
    }

    @Test
    void dealPageHasEvidenceTextAndHistory() throws Exception {
        JsonNode detail = get("/api/deals/" + run + "-acme");
        JsonNode mention = detail.at("/mentions/0");
        String text = mention.get("text").asText();
        int start = mention.at("/evidence/start").asInt()
                - mention.get("textOffset").asInt();
        int end =
                mention.at("/evidence/end").asInt() - mention.get("textOffset").asInt();
        assertThat(text.substring(start, end)).isEqualTo("Acme Corp agreed to buy Lumen Ltd.");
        assertThat(mention.get("outlet").asText()).isEqualTo("news.example.com");
        assertThat(mention.get("url").asText()).isEqualTo("https://news.example.com/" + run + "-acme");
        assertThat(detail.at("/statusHistory/0/status").asText()).isEqualTo("ANNOUNCED");
        assertThat(detail.at("/deal/converted/value").asDouble()).isEqualTo(2e9);
    }

    @Test
    void hostileTitleComesBackVerbatimAndItsNonHttpLinkIsDropped() throws Exception {
        JsonNode mention = get("/api/deals/" + run + "-evil").at("/mentions/0");
        assertThat(mention.get("title").asText()).isEqualTo(EVIL_TITLE);
        assertThat(mention.has("url")).isFalse();
        assertThat(mention.has("outlet")).isFalse();
    }

    @Test
    void unknownDealIs404AndBadParametersAre400() throws Exception {
        HttpResponse<String> missing = send("/api/deals/no-such-deal");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("no deal with id no-such-deal");
        HttpResponse<String> bad = send("/api/deals?from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText())
                .isEqualTo("from must be a date like 2026-03-01, was yesterday");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/deals/x", "/charts", "/ops", "/static/desk.js", "/api/deals", "/nope")) {
            HttpResponse<String> response = send(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .contains(UiServer.CSP);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
        assertThat(send("/nope").statusCode()).isEqualTo(404);
        assertThat(send("/static/../ui/UiServer.class").statusCode()).isEqualTo(404);
    }

    @Test
    void statsCountTheDealsByDayAndType() throws Exception {
        JsonNode stats = get("/api/stats");
        List<String> buckets = new ArrayList<>();
        stats.get("timeline")
                .forEach(b -> buckets.add(
                        b.get("period").asText() + " " + b.get("type").asText()));
        assertThat(buckets).contains("2026-03-01 ACQUISITION", "2026-03-05 INVESTMENT");
        assertThat(stats.get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void operationsReportTheSourceAndTheDeadLetterQueue() throws Exception {
        JsonNode ops = get("/api/ops");
        assertThat(ops.get("source").asText()).isEqualTo(postgres().isPresent() ? "postgresql" : "kafka-streams");
        assertThat(ops.at("/pipeline/dlqSize").asLong()).isZero();
        assertThat(ops.at("/pipeline/consumerLag/desk-api-none").asLong()).isZero();
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> send(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + desk.port() + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("deals").forEach(d -> ids.add(d.get("dealId").asText()));
        return ids;
    }

    static JsonNode card(JsonNode page, String id) {
        for (JsonNode d : page.get("deals")) {
            if (d.get("dealId").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no deal " + id + " in " + page);
    }

    /** Writes values to a topic of the catalogue and waits for the broker's acknowledgement. */
    static <V> void send(TopicSpec<V> topic, Map<String, V> records) throws Exception {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(),
                topic.valueSerde().get().serializer())) {
            for (var e : records.entrySet()) {
                producer.send(new ProducerRecord<>(topic.name(), e.getKey(), e.getValue()))
                        .get();
            }
        }
    }
}
