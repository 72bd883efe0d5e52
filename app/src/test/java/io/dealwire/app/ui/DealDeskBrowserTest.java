package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.app.config.Settings;
import io.dealwire.app.demo.DemoSite;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.app.pipeline.LocalPipeline;
import io.dealwire.ingest.feed.FeedListReader;
import io.dealwire.ingest.feed.FeedRegistry;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.topic.Topics;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The deal desk in headless Chromium over the offline demo pipeline: the desk is open before any feed is known,
 * the demo feeds are then added, and the deals appear without a reload; a company filter, a deal page with its
 * highlighted evidence, the operations page, and a hostile title that must stay text.
 */
class DealDeskBrowserTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path profile;

    private DemoSite site;
    private OpsEndpoint ops;
    private LocalPipeline pipeline;
    private DealDeskService desk;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        HeadlessChromium.assumeInstalled();
        site = DemoSite.start(0);
        Settings settings = Settings.of(Map.of(
                "data-dir", dataDir.toString(),
                "broker.port", "0",
                "http.port", "0",
                "ingest.allowed-hosts", site.baseUrl().substring("http://".length()),
                "ingest.min-poll-interval", "10s",
                "ingest.default-poll-interval", "30s",
                "ingest.per-host-delay", "50ms",
                "ui.port", "0",
                "ui.rates", "EUR=1.08,GBP=1.27,BRL=0.18"));
        ops = OpsEndpoint.start(settings).orElseThrow();
        pipeline = LocalPipeline.start(settings, List.of());
        pipeline.bind(ops);
        desk = DealDeskService.start(
                UiConfig.from(settings), DeskWiring.of(settings, pipeline.kafkaProps(), Optional.of(ops.registry())));
        await().atMost(Duration.ofSeconds(60)).until(desk::ready);
        browser = HeadlessChromium.start(profile, 1366, 1000);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (AutoCloseable part : new AutoCloseable[] {desk, pipeline, ops, site}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                System.out.println("stopping " + part + ": " + e);
            }
        }
    }

    @Test
    void dealsArriveLiveFilterOpenWithEvidenceAndOperations() throws Exception {
        browser.get(desk.url());
        await().atMost(Duration.ofSeconds(30)).until(() -> text("live-status").startsWith("live"));
        assertThat(rows()).isEmpty();
        browser.executeScript("window.deskMarker = 'same page';");

        FeedRegistry.publish(pipeline.kafkaProps(), demoFeeds());

        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> Integer.parseInt(text("total-count")) >= 20);
        assertThat(browser.executeScript("return window.deskMarker")).isEqualTo("same page");
        settled(() -> assertThat(rows().get(0).getText()).isNotBlank());
        assertThat(browser.findElement(By.id("converted-head")).isDisplayed()).isTrue();
        HeadlessChromium.screenshot(browser, "desk");

        WebElement company = browser.findElement(By.id("f-company"));
        company.sendKeys("Caldera");
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> text("total-count").equals("1") && rows().size() == 1);
        settled(() -> assertThat(rows().get(0).getText())
                .contains("Northwind Logistics", "Caldera Freight Systems", "USD 2.4 bn"));
        assertThat(browser.getCurrentUrl()).endsWith("?company=Caldera");

        settled(() -> rows().get(0).findElement(By.cssSelector("a")).click());
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() ->
                        !browser.findElements(By.cssSelector("mark.evidence")).isEmpty());
        WebElement evidence = browser.findElement(By.cssSelector("mark.evidence"));
        assertThat(evidence.getText()).contains("Northwind Logistics", "Caldera Freight Systems");
        assertThat(text("deal-title")).startsWith("acquisition: Northwind Logistics → Caldera Freight Systems");
        assertThat(browser.findElement(By.id("parties")).getText()).contains("Buyer\nNorthwind Logistics");
        assertThat(browser.findElement(By.id("history")).getText()).contains("announced");
        HeadlessChromium.screenshot(browser, "deal");

        browser.get(desk.url() + "ops");
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() ->
                        browser.findElements(By.cssSelector("#feed-rows tr")).size() >= 5
                                && browser.findElement(By.id("tiles")).getText().contains("/ min now"));
        assertThat(browser.findElement(By.id("feed-rows")).getText()).contains("ok");
        assertThat(browser.findElement(By.id("tiles")).getText()).contains("records in the dead-letter queue");
        assertThat(browser.findElement(By.id("lag-rows")).getText()).contains("dealwire-enrich");
        HeadlessChromium.screenshot(browser, "operations");

        browser.get(desk.url() + "charts");
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElements(By.cssSelector("#count-chart svg rect"))
                                .size()
                        >= 3);
        // The panel shows the ten most active acquirers, ties by name: the API's first is there, whatever the demo's
        // extraction makes of the other articles.
        String top = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.net.URI.create(desk.url() + "api/stats").toURL())
                .at("/acquirers/0/name")
                .asText();
        assertThat(top).isNotEmpty();
        assertThat(browser.findElement(By.id("acquirers")).getText()).contains(top);
        HeadlessChromium.screenshot(browser, "charts");
    }

    @Test
    void aScriptInATitleRendersAsText() throws Exception {
        String title =
                "<script>window.pwned = true; document.title = 'pwned'</script><img src=x onerror=\"window.pwned=1\">"
                        + " Evil & Co buys <b>Target</b>";
        var deal = DeskFixtures.deal(
                "evil-deal",
                DealType.ACQUISITION,
                "Evil & Co <script>window.pwned=1</script>",
                "Target <b>Inc</b>",
                DeskFixtures.money(5e6, "EUR"),
                DeskFixtures.T0,
                "en");
        // enrich folds deals.events into deals.current as well: the mention carries the same hostile values
        deal.story().getSources().get(0).setTitle(title);
        deal.story().getSources().get(0).setUrl("javascript:window.pwned=1");
        deal.event().setArticleTitle(title);
        deal.event().setArticleUrl("javascript:window.pwned=1");
        produce(deal);

        browser.get(desk.url());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> rows().size() == 1);
        settled(() -> assertThat(rows().get(0).getText())
                .contains("Evil & Co <script>window.pwned=1</script> → Target <b>Inc</b>"));

        browser.get(desk.url() + "deals/evil-deal");
        // the page re-renders when enrich re-emits the deal: assert on a settled page, re-reading each time
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            WebElement heading = browser.findElement(By.cssSelector("article.source h3"));
            assertThat(heading.getText()).isEqualTo(title);
            assertThat(heading.findElements(By.tagName("a")))
                    .as("a javascript: URL is never a link")
                    .isEmpty();
            assertThat(browser.findElement(By.cssSelector("mark.evidence")).getText())
                    .isEqualTo("Evil & Co <script>window.pwned=1</script> agreed to buy Target <b>Inc</b>.");
        });
        assertThat(browser.findElements(By.cssSelector("main script, main img, main b")))
                .isEmpty();
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.getTitle())
                .isEqualTo(
                        "acquisition: Evil & Co <script>window.pwned=1</script> → Target <b>Inc</b>" + " · dealwire");
    }

    @Test
    void keyboardReachesTheSkipLinkFirstAndThePhoneLayoutStacksTheRows() throws Exception {
        produce(DeskFixtures.deal(
                "phone-deal",
                DealType.FUNDING_ROUND,
                "Granite Peak Ventures",
                "Lumenfold AI",
                DeskFixtures.money(1.8e8, "USD"),
                DeskFixtures.T0,
                "en"));
        browser.get(desk.url());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> rows().size() == 1);
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        // the table re-renders on every stream update, so a row found a moment ago may be gone: re-read it each time
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(() -> "block".equals(rows().get(0).getCssValue("display")));
        assertThat(browser.findElement(By.cssSelector("#deals thead")).getSize().getHeight())
                .isLessThanOrEqualTo(1);
        browser.executeScript("document.getElementById('summary').scrollIntoView()");
        HeadlessChromium.screenshot(browser, "desk-phone");
    }

    /**
     * The desk re-renders its rows on every stream update, so an element found a moment ago may already be detached:
     * each attempt finds its elements afresh.
     */
    private static void settled(org.awaitility.core.ThrowingRunnable step) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(step);
    }

    private void produce(DeskFixtures.Deal deal) throws Exception {
        Map<String, Object> props = pipeline.kafkaProps();
        try (var stories = new KafkaProducer<>(
                        props,
                        new StringSerializer(),
                        Topics.DEALS_CURRENT.valueSerde().get().serializer());
                var events = new KafkaProducer<>(
                        props,
                        new StringSerializer(),
                        Topics.DEAL_EVENTS.valueSerde().get().serializer());
                var articles = new KafkaProducer<>(
                        props,
                        new StringSerializer(),
                        Topics.ARTICLES_ENRICHED.valueSerde().get().serializer())) {
            String id = deal.story().getDealId();
            events.send(new ProducerRecord<>(Topics.DEAL_EVENTS.name(), id, deal.event()))
                    .get();
            articles.send(new ProducerRecord<>(
                            Topics.ARTICLES_ENRICHED.name(), deal.article().getArticleId(), deal.article()))
                    .get();
            stories.send(new ProducerRecord<>(Topics.DEALS_CURRENT.name(), id, deal.story()))
                    .get();
        }
    }

    private List<FeedDefinition> demoFeeds() throws Exception {
        return new FeedListReader().read(new StringReader(site.feedListYaml()), "demo feeds.yaml");
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#deal-rows tr[data-deal-id]"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
