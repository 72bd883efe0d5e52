package io.dealwire.app.pipeline;

import io.dealwire.app.broker.EmbeddedBroker;
import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.app.ops.StageMetrics;
import io.dealwire.enrich.EnrichService;
import io.dealwire.ingest.IngestService;
import io.dealwire.ingest.feed.FeedRegistry;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every stage in one process: the embedded broker (unless a cluster is configured), the topics, the feed list,
 * then sink, enrich and ingest. Closing stops them in reverse order, each committing its work.
 */
public final class LocalPipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, Object> kafkaProps = new HashMap<>();
    private String enrichGroup;
    private EnrichService enrich;
    private SinkSet sinks;
    private IngestService ingest;

    private LocalPipeline() {}

    /**
     * Starts everything; on failure, stops what was started and rethrows.
     *
     * @param feeds the feed definitions to import into {@code ingest.feeds} before ingest starts
     */
    public static LocalPipeline start(Settings settings, List<FeedDefinition> feeds) {
        LocalPipeline pipeline = new LocalPipeline();
        try {
            pipeline.startAll(settings, feeds);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll(Settings settings, List<FeedDefinition> feeds) {
        Optional<String> cluster = settings.optional(ConfigKeys.BOOTSTRAP_SERVERS);
        String bootstrap = cluster.orElseGet(() -> {
            EmbeddedBroker broker = EmbeddedBroker.start(StageConfigs.broker(settings));
            started.push(broker);
            return broker.bootstrapServers();
        });
        kafkaProps.putAll(settings.kafkaClientSettings());
        kafkaProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        int replication = cluster.isPresent() ? settings.integer(ConfigKeys.TOPIC_REPLICATION) : 1;
        try (Admin admin = Admin.create(kafkaProps)) {
            new TopicCreator(admin, replication).createMissing(Topics.ALL);
        }
        FeedRegistry.publish(kafkaProps, feeds);
        log.info("feed list imported feeds={}", feeds.size());

        sinks = SinkSet.start(settings, kafkaProps);
        started.push(sinks);
        enrichGroup = settings.string(ConfigKeys.ENRICH_APP_ID);
        enrich = new EnrichService(StageConfigs.enrich(settings, replication), kafkaProps);
        enrich.start();
        started.push(enrich);
        ingest = new IngestService(StageConfigs.ingest(settings), kafkaProps, Clock.systemUTC());
        ingest.start();
        started.push(ingest);
    }

    /** Registers every stage's metrics and readiness with the process's operations endpoint. */
    public void bind(OpsEndpoint ops) {
        StageMetrics.ingest(ingest, ops.registry());
        StageMetrics.enrich(enrich, ops.registry());
        sinks.bind(ops);
        ops.watchLag(enrichGroup);
        ops.readiness()
                .stage("ingest", ingest::isRunning)
                .stage("enrich", () -> enrich.state().isRunningOrRebalancing());
        ops.watchBroker(kafkaProps);
    }

    /** {@code bootstrap.servers} and client settings for extra clients (tail, tests). */
    public Map<String, Object> kafkaProps() {
        return Map.copyOf(kafkaProps);
    }

    /** One status line: what each stage has done since this process started. */
    public String status() {
        var i = ingest.counters();
        var e = enrich.counters();
        long fetches = i.fetchesByOutcome().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        long failed = fetches - i.fetches(FetchOutcome.OK) - i.fetches(FetchOutcome.NOT_MODIFIED);
        return String.format(
                Locale.ROOT,
                "ingest %d polls (%d unchanged, %d failed), %d articles | enrich %d articles (%d duplicates), "
                        + "%d deal events, %d dead letters | %s",
                fetches,
                i.fetches(FetchOutcome.NOT_MODIFIED),
                failed,
                i.articlesPublished(),
                e.articles(),
                e.duplicates(),
                e.dealEvents(),
                e.deadLetters(),
                sinks.status());
    }

    /** Stops ingest, enrich, sink and the broker, in that order; safe to call twice. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable stage = started.pop();
            try {
                stage.close();
            } catch (Exception e) {
                log.warn(
                        "stage did not stop cleanly stage={} error={}",
                        stage.getClass().getSimpleName(),
                        e.toString());
            }
        }
    }
}
