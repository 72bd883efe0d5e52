package io.dealwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.ingest.article.ArticleAssembler;
import io.dealwire.ingest.feed.FeedIds;
import io.dealwire.ingest.feed.FeedPoller;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.ingest.internal.KafkaClients;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestServiceTest {
    private static final Instant START = Instant.parse("2026-11-22T06:00:00Z");
    private static final TopicPartition FEEDS_0 = new TopicPartition(Topics.FEEDS.name(), 0);
    private static final TopicPartition STATE_0 = new TopicPartition(Topics.FEED_STATE.name(), 0);

    private final LocalHttpServer server = new LocalHttpServer();
    private final String otherHost = "localhost:" + server.url("/").getPort();
    private final IngestConfig config = TestConfigs.allowing(server.hostAndPort(), otherHost);
    private final MutableClock clock = new MutableClock(START);
    private final MockConsumer<String, FeedDefinition> feeds = new MockConsumer<>("earliest");
    private final MockConsumer<String, FeedState> states = new MockConsumer<>("earliest");
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final String feedUrl = server.url("/feed").toString();
    private final FeedDefinition definition = FeedDefinition.newBuilder()
            .setFeedId(FeedIds.of(feedUrl))
            .setUrl(feedUrl)
            .setLanguageHint("pt")
            .setTags(List.of())
            .build();
    private IngestService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        server.close();
    }

    @Test
    void publishesArticlesAndStateInOneTransaction() {
        serveFeed();
        start(List.of());
        assign(new ConsumerRecord<>(Topics.FEEDS.name(), 0, 0, definition.getFeedId(), definition));

        await().atMost(Duration.ofSeconds(10)).until(() -> service.counters().transactionsCommitted() == 1);

        assertThat(producer.history())
                .extracting(ProducerRecord::topic)
                .containsExactly(Topics.ARTICLES_RAW.name(), Topics.ARTICLES_RAW.name(), Topics.FEED_STATE.name());
        List<RawArticle> articles = articles();
        assertThat(articles)
                .extracting(RawArticle::getTitle)
                .containsExactly("Construtora compra rival mineira", "Banco regional vende carteira");
        assertThat(producer.history().get(0).key()).isEqualTo(articles.get(0).getArticleId());
        ProducerRecord<String, byte[]> stateRecord = producer.history().get(2);
        assertThat(stateRecord.key()).isEqualTo(definition.getFeedId());
        assertThat(stateRecord.partition()).isZero();
        FeedState state = Topics.FEED_STATE
                .valueSerde()
                .get()
                .deserializer()
                .deserialize(stateRecord.topic(), stateRecord.value());
        assertThat(state.getRecentItemIds())
                .containsExactlyInAnyOrder(
                        articles.get(0).getArticleId(), articles.get(1).getArticleId());
        assertThat(producer.consumerGroupOffsetsHistory()).hasSize(1);
        assertThat(producer.consumerGroupOffsetsHistory()
                        .get(0)
                        .values()
                        .iterator()
                        .next())
                .containsEntry(FEEDS_0, new OffsetAndMetadata(1));
        assertThat(service.counters().fetches(FetchOutcome.OK)).isEqualTo(1);
        assertThat(service.counters().articlesPublished()).isEqualTo(2);
        assertThat(service.counters().bytesFetched()).isEqualTo(feed().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aSlowHostNeitherHoldsUpOtherHostsNorGetsTwoRequestsAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.on("/slow", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", feed().getBytes(StandardCharsets.UTF_8));
        });
        serveFeed();
        FeedDefinition slowOne = definitionOf(server.url("/slow?a").toString());
        FeedDefinition slowTwo = definitionOf(server.url("/slow?b").toString());
        FeedDefinition quick = definitionOf("http://" + otherHost + "/feed");
        start(List.of());
        assign(
                new ConsumerRecord<>(Topics.FEEDS.name(), 0, 0, slowOne.getFeedId(), slowOne),
                new ConsumerRecord<>(Topics.FEEDS.name(), 0, 1, slowTwo.getFeedId(), slowTwo),
                new ConsumerRecord<>(Topics.FEEDS.name(), 0, 2, quick.getFeedId(), quick));

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            clock.advance(Duration.ofMillis(100)); // past the first-poll jitter
            return service.counters().transactionsCommitted() == 1;
        });
        long slowRequests = server.requests().stream()
                .filter(request -> request.path().startsWith("/slow"))
                .count();
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> service.counters().transactionsCommitted() == 3);

        assertThat(slowRequests).isEqualTo(1);
    }

    private static FeedDefinition definitionOf(String url) {
        return FeedDefinition.newBuilder()
                .setFeedId(FeedIds.of(url))
                .setUrl(url)
                .setTags(List.of())
                .build();
    }

    @Test
    void restoredStateKeepsSeenArticlesFromBeingPublishedAgain() {
        serveFeed();
        start(List.of());
        assign(new ConsumerRecord<>(Topics.FEEDS.name(), 0, 0, definition.getFeedId(), definition));
        await().atMost(Duration.ofSeconds(10)).until(() -> service.counters().transactionsCommitted() == 1);
        FeedState published = Topics.FEED_STATE
                .valueSerde()
                .get()
                .deserializer()
                .deserialize("t", producer.history().get(2).value());
        service.close();

        MockProducer<String, byte[]> second =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        MockConsumer<String, FeedDefinition> feedsAgain = new MockConsumer<>("earliest");
        MockConsumer<String, FeedState> statesAgain = new MockConsumer<>("earliest");
        FeedState due = FeedState.newBuilder(published)
                .setEtag(null)
                .setNextPollAt(START)
                .build();
        clock.advance(Duration.ofHours(1));
        service = service(feedsAgain, statesAgain, second);
        statesAgain.updateBeginningOffsets(Map.of(STATE_0, 0L));
        statesAgain.updateEndOffsets(Map.of(STATE_0, 1L));
        statesAgain.schedulePollTask(() -> statesAgain.addRecord(
                new ConsumerRecord<>(Topics.FEED_STATE.name(), 0, 0, definition.getFeedId(), due)));
        service.start();
        feedsAgain.updateBeginningOffsets(Map.of(FEEDS_0, 0L));
        feedsAgain.schedulePollTask(() -> {
            feedsAgain.rebalance(List.of(FEEDS_0));
            feedsAgain.addRecord(new ConsumerRecord<>(Topics.FEEDS.name(), 0, 0, definition.getFeedId(), definition));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> service.counters().transactionsCommitted() == 1);

        assertThat(second.history()).extracting(ProducerRecord::topic).containsExactly(Topics.FEED_STATE.name());
        assertThat(service.counters().articlesPublished()).isZero();
    }

    @Test
    void abortedTransactionPublishesTheSameArticlesOnTheNextPoll() {
        serveFeed();
        producer.commitTransactionException = new KafkaException("broker went away");
        start(List.of());
        assign(new ConsumerRecord<>(Topics.FEEDS.name(), 0, 0, definition.getFeedId(), definition));
        await().atMost(Duration.ofSeconds(10)).until(() -> service.counters().transactionsAborted() == 1);
        assertThat(producer.history()).isEmpty();

        producer.commitTransactionException = null;
        clock.advance(config.minPollInterval());

        await().atMost(Duration.ofSeconds(10)).until(() -> service.counters().transactionsCommitted() == 1);
        assertThat(articles()).hasSize(2);
        assertThat(service.counters().fetches(FetchOutcome.OK)).isEqualTo(2);
    }

    @Test
    void tombstoneRemovesTheFeed() {
        serveFeed();
        start(List.of());
        assign(
                new ConsumerRecord<>(Topics.FEEDS.name(), 0, 0, definition.getFeedId(), definition),
                new ConsumerRecord<>(Topics.FEEDS.name(), 0, 1, definition.getFeedId(), null));

        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> server.requests().isEmpty());
        assertThat(service.isRunning()).isTrue();
    }

    @Test
    void closesClientsWithinSeconds() {
        serveFeed();
        start(List.of());
        assign(new ConsumerRecord<>(Topics.FEEDS.name(), 0, 0, definition.getFeedId(), definition));
        await().atMost(Duration.ofSeconds(10)).until(() -> service.counters().transactionsCommitted() == 1);
        long begin = System.nanoTime();

        service.close();

        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(4));
        assertThat(service.isRunning()).isFalse();
        assertThat(service.failure()).isEmpty();
        assertThat(producer.closed()).isTrue();
        assertThat(feeds.closed()).isTrue();
        assertThat(states.closed()).isTrue();
    }

    private void start(List<ConsumerRecord<String, FeedState>> storedStates) {
        service = service(feeds, states, producer);
        states.updateBeginningOffsets(Map.of(STATE_0, 0L));
        states.updateEndOffsets(Map.of(STATE_0, (long) storedStates.size()));
        service.start();
    }

    @SafeVarargs
    private void assign(ConsumerRecord<String, FeedDefinition>... records) {
        feeds.updateBeginningOffsets(Map.of(FEEDS_0, 0L));
        feeds.schedulePollTask(() -> {
            feeds.rebalance(List.of(FEEDS_0));
            for (ConsumerRecord<String, FeedDefinition> record : records) {
                feeds.addRecord(record);
            }
        });
    }

    private IngestService service(
            Consumer<String, FeedDefinition> feedConsumer,
            Consumer<String, FeedState> stateConsumer,
            Producer<String, byte[]> kafkaProducer) {
        HttpFetcher fetcher = new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)), config);
        FeedPoller poller = new FeedPoller(fetcher, new ArticleAssembler(fetcher, false), config, clock);
        KafkaClients clients = new KafkaClients() {
            @Override
            public Consumer<String, FeedDefinition> feedConsumer() {
                return feedConsumer;
            }

            @Override
            public Consumer<String, FeedState> stateConsumer() {
                return stateConsumer;
            }

            @Override
            public Producer<String, byte[]> producer() {
                return kafkaProducer;
            }
        };
        return new IngestService(config, clock, clients, poller);
    }

    private List<RawArticle> articles() {
        return producer.history().stream()
                .filter(record -> record.topic().equals(Topics.ARTICLES_RAW.name()))
                .map(record -> Topics.ARTICLES_RAW
                        .valueSerde()
                        .get()
                        .deserializer()
                        .deserialize(record.topic(), record.value()))
                .toList();
    }

    private void serveFeed() {
        server.serve("/feed", "application/rss+xml", feed());
    }

    private static String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Negócios Hoje</title><link>https://negocios.example.br/</link>
                <description>Fusões e aquisições</description>
                <item><title>Construtora compra rival mineira</title><link>https://negocios.example.br/n/1</link>
                <pubDate>Sat, 21 Nov 2026 12:00:00 -0300</pubDate>
                <description>A construtora paulista fechou a compra da concorrente de Belo Horizonte.</description></item>
                <item><title>Banco regional vende carteira</title><link>https://negocios.example.br/n/2</link>
                <description>A venda da carteira de crédito rural foi aprovada pelo conselho.</description></item>
                </channel></rss>
                """;
    }
}
