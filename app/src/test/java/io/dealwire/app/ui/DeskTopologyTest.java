package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.topic.TopicSpec;
import io.dealwire.schemas.topic.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's global stores, each fed by its processor, through TopologyTestDriver. */
class DeskTopologyTest {
    @TempDir
    Path stateDir;

    private final List<String> changes = new ArrayList<>();
    private TopologyTestDriver driver;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "desk-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(
                DeskTopology.build(true, (id, story) -> changes.add(id + (story == null ? " deleted" : " put"))),
                props);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void dealsAreStoredByIdListenersToldAndTombstonesRemove() {
        var deal = DeskFixtures.deal("d1", DealType.ACQUISITION, "Acme", "Lumen", null, DeskFixtures.T0, "en");
        input(Topics.DEALS_CURRENT).pipeInput("d1", deal.story());
        KeyValueStore<String, DealStory> deals = driver.getKeyValueStore(DeskTopology.DEALS);
        // Avro's generated equals cannot compare timestamp fields: compare what the desk reads
        assertThat(DealCards.card(deals.get("d1"))).isEqualTo(DealCards.card(deal.story()));

        input(Topics.DEALS_CURRENT).pipeInput("d1", null);

        assertThat(deals.get("d1")).isNull();
        assertThat(changes).containsExactly("d1 put", "d1 deleted");
    }

    @Test
    void mentionsAreKeyedByEventIdAndArticlesKeptOnlyWhenTheyReportADeal() {
        var deal = DeskFixtures.deal("d1", DealType.ACQUISITION, "Acme", "Lumen", null, DeskFixtures.T0, "en");
        EnrichedArticle noDeal = EnrichedArticle.newBuilder(deal.article())
                .setArticleId("plain")
                .setDealIds(List.of())
                .setDealEventIds(List.of())
                .build();
        EnrichedArticle huge = EnrichedArticle.newBuilder(deal.article())
                .setArticleId("huge")
                .setText("x".repeat(DeskTopology.MAX_TEXT + 10))
                .build();

        input(Topics.DEAL_EVENTS).pipeInput("d1", deal.event());
        input(Topics.ARTICLES_ENRICHED).pipeInput(deal.article().getArticleId(), deal.article());
        input(Topics.ARTICLES_ENRICHED).pipeInput("plain", noDeal);
        input(Topics.ARTICLES_ENRICHED).pipeInput("huge", huge);

        KeyValueStore<String, DealEvent> mentions = driver.getKeyValueStore(DeskTopology.MENTIONS);
        KeyValueStore<String, EnrichedArticle> articles = driver.getKeyValueStore(DeskTopology.ARTICLES);
        assertThat(mentions.get("evt-d1").getEvidence()).isEqualTo(deal.event().getEvidence());
        assertThat(mentions.get("d1")).isNull();
        assertThat(articles.get("art-d1").getText()).isEqualTo(deal.article().getText());
        assertThat(articles.get("plain")).isNull();
        assertThat(articles.get("huge").getText()).hasSize(DeskTopology.MAX_TEXT);
        assertThat(changes).isEmpty();
    }

    @Test
    void feedStatesAreStoredByFeedId() {
        FeedState failing = DeskFixtures.feedState("f1", "https://feeds.example.com/a.xml", "BODY_TOO_LARGE");
        input(Topics.FEED_STATE).pipeInput("f1", failing);
        KeyValueStore<String, FeedState> feeds = driver.getKeyValueStore(DeskTopology.FEEDS);
        assertThat(DeskStreams.health(feeds.get("f1")).health()).isEqualTo("FAILING");
    }

    private <V> TestInputTopic<String, V> input(TopicSpec<V> topic) {
        return driver.createInputTopic(
                topic.name(),
                Serdes.String().serializer(),
                topic.valueSerde().get().serializer());
    }
}
