package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.app.broker.EmbeddedBroker;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The desk with 10,000 deals in {@code deals.current}: the page shows one bounded page of rows and the total, and
 * paging and filtering still work. Load and filter times are printed, never asserted.
 */
class DealDeskLoadBrowserTest {
    private static final int DEALS = 10_000;
    private static final int NEEDLE = 7_777;

    @TempDir
    Path brokerDir;

    @TempDir
    Path profile;

    private EmbeddedBroker broker;
    private DealDeskService desk;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (desk != null) {
            desk.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void tenThousandDealsShowAsOneBoundedPageAndStillFilter() throws Exception {
        HeadlessChromium.assumeInstalled();
        broker = EmbeddedBroker.start(BrokerSettings.of(brokerDir, 0));
        Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            new TopicCreator(admin, 1).createMissing(Topics.ALL);
        }
        long produceStart = System.nanoTime();
        produce(props);
        System.out.printf("load: produced %d deal stories in %d ms%n", DEALS, millisSince(produceStart));

        desk = DealDeskService.start(
                new UiConfig(true, "127.0.0.1", 0, "desk-load", CurrencyRates.parse("USD", "EUR=1.1")),
                new DealDeskService.Wiring(props, Optional.empty(), Optional.empty(), List.of()));
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> desk.ready() && apiTotal() == DEALS);
        long apiStart = System.nanoTime();
        int total = apiTotal();
        System.out.printf("load: GET /api/deals over %d deals answered in %d ms%n", total, millisSince(apiStart));

        browser = HeadlessChromium.start(profile, 1366, 1000);
        long pageStart = System.nanoTime();
        browser.get(desk.url());
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> text("total-count").equals(String.valueOf(DEALS)));
        System.out.printf("load: desk page showed %d deals after %d ms%n", DEALS, millisSince(pageStart));
        assertThat(rows()).hasSize(50);
        assertThat(text("shown-range")).isEqualTo("1–50");
        assertThat(text("page-label")).isEqualTo("Page 1 of 200");
        HeadlessChromium.screenshot(browser, "desk-10000");

        long nextStart = System.nanoTime();
        browser.findElement(By.id("next")).click();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> text("shown-range").equals("51–100"));
        System.out.printf("load: next page after %d ms%n", millisSince(nextStart));
        assertThat(rows()).hasSize(50);

        long filterStart = System.nanoTime();
        browser.findElement(By.id("f-company")).sendKeys("Quillon");
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> text("total-count").equals("1") && rows().size() == 1);
        System.out.printf("load: company filter over %d deals answered after %d ms%n", DEALS, millisSince(filterStart));
        // rows are re-rendered on stream updates: find the row afresh on each attempt
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            WebElement row = rows().get(0);
            assertThat(row.getText()).contains("Quillon Holdings");
            assertThat(row.getAttribute("data-deal-id")).isEqualTo(id(NEEDLE));
        });
    }

    private int apiTotal() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(desk.url() + "api/deals?limit=1"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        return DeskApiContract.JSON.readTree(response.body()).get("total").asInt();
    }

    private static void produce(Map<String, Object> props) throws Exception {
        Map<String, Object> producerProps = new java.util.HashMap<>(props);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        try (var producer = new KafkaProducer<>(
                producerProps,
                new StringSerializer(),
                Topics.DEALS_CURRENT.valueSerde().get().serializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < DEALS; i++) {
                DealStory story = DeskFixtures.deal(
                                id(i),
                                DealType.values()[i % 9],
                                "Buyer " + (i % 400),
                                i == NEEDLE ? "Quillon Holdings" : "Target " + i,
                                i % 3 == 0 ? null : DeskFixtures.money(1e6 * (i + 1), i % 2 == 0 ? "USD" : "EUR"),
                                DeskFixtures.T0.plusSeconds(60L * i),
                                i % 5 == 0 ? "fr" : "en")
                        .story();
                sent.add(producer.send(new ProducerRecord<>(Topics.DEALS_CURRENT.name(), id(i), story)));
            }
            for (var future : sent) {
                future.get();
            }
        }
    }

    private static String id(int i) {
        return String.format("load-%05d", i);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private List<org.openqa.selenium.WebElement> rows() {
        return browser.findElements(By.cssSelector("#deal-rows tr[data-deal-id]"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
