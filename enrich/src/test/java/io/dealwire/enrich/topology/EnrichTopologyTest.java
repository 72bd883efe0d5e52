package io.dealwire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.enrich.article.ArticleEnricher;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.language.LanguageDetector;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.serde.AvroSerde;
import io.dealwire.schemas.topic.DlqHeaders;
import io.dealwire.schemas.topic.TopicSpec;
import io.dealwire.schemas.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    private static ArticleEnricher enricher;

    private final AvroSerde<RawArticle> rawSerde = AvroSerde.of(RawArticle.class);
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DealEvent> events;
    private TestOutputTopic<String, DealStory> stories;
    private TestOutputTopic<String, byte[]> dlq;
    private EnrichCounters counters;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path stateDir;

    @BeforeAll
    static void loadModels() {
        enricher = new ArticleEnricher(
                LanguageDetector.forLanguages(List.of("en", "fr", "de")),
                DealExtractor.withDefaultLexicons(),
                "test-1");
    }

    @BeforeEach
    void startDriver() {
        counters = new EnrichCounters();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Its own state directory: the default /tmp/kafka-streams/<app> is shared by every process on the machine.
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(EnrichTopology.build(enricher, counters, 64 * 1024), props);
        raw = driver.createInputTopic(Topics.ARTICLES_RAW.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = output(Topics.ARTICLES_ENRICHED);
        events = output(Topics.DEAL_EVENTS);
        stories = output(Topics.DEALS_CURRENT);
        dlq = driver.createOutputTopic(
                Topics.DLQ.name(),
                new StringDeserializer(),
                Topics.DLQ.valueSerde().get().deserializer());
    }

    private <V> TestOutputTopic<String, V> output(TopicSpec<V> topic) {
        return driver.createOutputTopic(
                topic.name(), new StringDeserializer(), topic.valueSerde().get().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void articleReportingAnAcquisitionYieldsEnrichedArticleDealEventAndStory() {
        RawArticle article = article(
                "a1",
                "https://news.example/a1",
                "Halvorsen Robotics to buy Quillfeather",
                "Halvorsen Robotics has agreed to acquire Quillfeather for $1.2 billion in cash, the companies said on Monday. "
                        + "The deal is expected to close in the third quarter.");

        send(article);

        List<TestRecord<String, DealEvent>> dealRecords = events.readRecordsToList();
        assertThat(dealRecords).hasSize(1);
        DealEvent event = dealRecords.get(0).value();
        assertThat(dealRecords.get(0).key()).isEqualTo(event.getDealId());
        assertThat(event.getType()).isEqualTo(DealType.ACQUISITION);
        assertThat(event.getParties())
                .extracting(Party::getName, Party::getRole)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Halvorsen Robotics", PartyRole.BUYER),
                        org.assertj.core.groups.Tuple.tuple("Quillfeather", PartyRole.TARGET));
        assertThat(event.getAmount().getValue()).isEqualTo(1.2e9);
        assertThat(event.getAmount().getCurrency()).isEqualTo("USD");
        assertThat(event.getArticleId()).isEqualTo("a1");
        assertThat(event.getArticleLanguage()).isEqualTo("en");
        assertThat(event.getExtractorVersion()).isEqualTo("test-1");
        assertThat(article.getText()
                        .substring(
                                event.getEvidence().getStart(),
                                event.getEvidence().getEnd()))
                .isEqualTo(event.getEvidence().getSentence());

        TestRecord<String, EnrichedArticle> enrichedRecord = enriched.readRecord();
        assertThat(enrichedRecord.key()).isEqualTo("a1");
        assertThat(enrichedRecord.value().getLanguage()).isEqualTo("en");
        assertThat(enrichedRecord.value().getDealEventIds()).containsExactly(event.getEventId());
        assertThat(enriched.isEmpty()).isTrue();

        DealStory story = stories.readValue();
        assertThat(story.getDealId()).isEqualTo(event.getDealId());
        assertThat(story.getSources()).extracting(s -> s.getArticleId()).containsExactly("a1");
        assertThat(stories.isEmpty()).isTrue();
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void articleWithoutDealYieldsOnlyTheEnrichedArticle() {
        send(
                article(
                        "n1",
                        "https://news.example/n1",
                        "Quarterly results",
                        "Brightwater Foods reported quarterly revenue of 2.1 billion euros, up four percent from a year earlier."));

        assertThat(enriched.readValuesToList()).hasSize(1);
        assertThat(events.isEmpty()).isTrue();
        assertThat(stories.isEmpty()).isTrue();
    }

    @Test
    void sameArticleTwiceIsEnrichedOnce() {
        RawArticle article = article(
                "a1",
                "https://news.example/a1",
                "Halvorsen Robotics to buy Quillfeather",
                "Halvorsen Robotics has agreed to acquire Quillfeather for $1.2 billion in cash.");

        send(article);
        send(article);

        assertThat(enriched.readValuesToList()).hasSize(1);
        assertThat(events.readValuesToList()).hasSize(1);
        assertThat(counters.duplicates()).isEqualTo(1);
    }

    @Test
    void sameContentUnderAnotherUrlIsEnrichedOnce() {
        String title = "Halvorsen Robotics to buy Quillfeather";
        String text = "Halvorsen Robotics has agreed to acquire Quillfeather for $1.2 billion in cash.";

        send(article("a1", "https://news.example/a1", title, text));
        send(article("a2", "https://mirror.example/story?id=9", title, "  " + text.toUpperCase() + "\n"));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1");
        assertThat(events.readValuesToList()).hasSize(1);
    }

    @Test
    void undecodableBytesGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        raw.pipeInput(new TestRecord<>("bad", "this is not avro".getBytes(StandardCharsets.UTF_8), T0));
        send(article("n1", "https://news.example/n1", "Weather", "Rain is expected across the region on Tuesday."));

        TestRecord<String, byte[]> dead = dlq.readRecord();
        assertThat(dead.key()).isEqualTo("bad");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("this is not avro");
        assertThat(header(dead.headers(), DlqHeaders.ERROR_CODE)).isEqualTo("UNDECODABLE_RECORD");
        assertThat(header(dead.headers(), DlqHeaders.SOURCE_TOPIC)).isEqualTo(Topics.ARTICLES_RAW.name());
        assertThat(header(dead.headers(), DlqHeaders.SOURCE_OFFSET)).isEqualTo("0");
        assertThat(header(dead.headers(), DlqHeaders.STAGE)).isEqualTo("enrich");
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("n1");
    }

    @Test
    void outputLargerThanTheCapIsDeadLettered() {
        send(article("big", "https://news.example/big", "Long read", "Nothing happened today. ".repeat(4_000)));

        assertThat(header(dlq.readRecord().headers(), DlqHeaders.ERROR_CODE)).isEqualTo("OUTPUT_TOO_LARGE");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void twoArticlesAboutTheSameDealShareADealIdAndOneStory() {
        send(article(
                "a1",
                "https://news.example/a1",
                "Halvorsen Robotics to buy Quillfeather",
                "Halvorsen Robotics has agreed to acquire Quillfeather for $1.2 billion in cash."));
        send(article(
                "a2",
                "https://other.example/b7",
                "Deal: Quillfeather sold",
                "Quillfeather will be acquired by Halvorsen Robotics, the two companies announced on Monday."));

        List<DealEvent> dealEvents = events.readValuesToList();
        assertThat(dealEvents).hasSize(2);
        assertThat(dealEvents.get(1).getDealId()).isEqualTo(dealEvents.get(0).getDealId());
        List<DealStory> updates = stories.readValuesToList();
        assertThat(updates).hasSize(2);
        assertThat(updates.get(1).getSources())
                .extracting(s -> s.getArticleId())
                .containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void reportsInTwoLanguagesMergeIntoOneStory() {
        send(article(
                "en1",
                "https://news.example/en1",
                "Halvorsen Robotics to buy Quillfeather",
                "Halvorsen Robotics has agreed to acquire Quillfeather for $1.2 billion in cash."));
        RawArticle french = article(
                "fr1",
                "https://presse.example/fr1",
                "Halvorsen Robotics rachète Quillfeather",
                "Halvorsen Robotics a annoncé lundi le rachat de Quillfeather pour 1,2 milliard de dollars.");
        french.setLanguageHint("fr");
        send(french);

        List<DealEvent> dealEvents = events.readValuesToList();
        assertThat(dealEvents).extracting(DealEvent::getArticleLanguage).containsExactly("en", "fr");
        assertThat(dealEvents.get(1).getDealId()).isEqualTo(dealEvents.get(0).getDealId());
        DealStory story = stories.readValuesToList().get(1);
        assertThat(story.getSources()).extracting(s -> s.getLanguage()).containsExactlyInAnyOrder("en", "fr");
        assertThat(story.getParties())
                .extracting(Party::getName, Party::getRole)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Halvorsen Robotics", PartyRole.BUYER),
                        org.assertj.core.groups.Tuple.tuple("Quillfeather", PartyRole.TARGET));
        assertThat(story.getAmount().getValue()).isEqualTo(1.2e9);
    }

    private void send(RawArticle article) {
        raw.pipeInput(new TestRecord<>(article.getArticleId(), rawSerde.serialize("t", article), T0));
    }

    private static String header(Headers headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }

    static RawArticle article(String id, String url, String title, String text) {
        return RawArticle.newBuilder()
                .setArticleId(id)
                .setUrl(url)
                .setTitle(title)
                .setText(text)
                .setPublishedAt(T0)
                .setPublishedAtSource("FEED_PUBLISHED")
                .setFetchedAt(T0)
                .setLanguageHint("en")
                .build();
    }
}
