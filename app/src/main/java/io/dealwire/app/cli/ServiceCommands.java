package io.dealwire.app.cli;

import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.app.ops.StageMetrics;
import io.dealwire.app.pipeline.SinkSet;
import io.dealwire.enrich.EnrichService;
import io.dealwire.ingest.IngestService;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

/** The three stages as separate services: {@code dealwire ingest | enrich | sink}. */
final class ServiceCommands {
    private ServiceCommands() {}

    @Command(
            name = "ingest",
            mixinStandardHelpOptions = true,
            description = "Runs the ingest stage against a Kafka cluster: polls the feeds of this instance's share of "
                    + "ingest.feeds and publishes articles to news.articles.raw. Instances share the feeds through the"
                    + " consumer group ingest.group-id; give each a distinct ingest.instance-id.")
    static final class Ingest extends StageCommand {
        @Override
        AutoCloseable start(Settings settings, Map<String, Object> kafkaProps, Optional<OpsEndpoint> ops) {
            IngestService service = new IngestService(StageConfigs.ingest(settings), kafkaProps, Clock.systemUTC());
            service.start();
            ops.ifPresent(o -> {
                StageMetrics.ingest(service, o.registry());
                o.readiness().stage("ingest", service::isRunning);
            });
            return service;
        }

        @Override
        String stageName() {
            return "ingest";
        }
    }

    @Command(
            name = "enrich",
            mixinStandardHelpOptions = true,
            description =
                    "Runs the enrich stage (Kafka Streams, exactly-once) against a Kafka cluster: language detection"
                            + " and deal extraction from news.articles.raw into news.articles.enriched, deals.events and "
                            + "deals.current. Instances with the same enrich.application-id share the partitions.")
    static final class Enrich extends StageCommand {
        @Override
        AutoCloseable start(Settings settings, Map<String, Object> kafkaProps, Optional<OpsEndpoint> ops) {
            int replication = settings.integer(io.dealwire.app.config.ConfigKeys.TOPIC_REPLICATION);
            EnrichService service = new EnrichService(StageConfigs.enrich(settings, replication), kafkaProps);
            service.start();
            ops.ifPresent(o -> {
                StageMetrics.enrich(service, o.registry());
                o.watchLag(settings.string(io.dealwire.app.config.ConfigKeys.ENRICH_APP_ID));
                o.readiness().stage("enrich", () -> service.state().isRunningOrRebalancing());
            });
            return service;
        }

        @Override
        String stageName() {
            return "enrich";
        }
    }

    @Command(
            name = "sink",
            mixinStandardHelpOptions = true,
            description =
                    "Runs the configured sinks against a Kafka cluster: JSON Lines files (sink.jsonl.*), PostgreSQL "
                            + "(sink.postgres.url) and a signed webhook (sink.webhook.url), each its own consumer group, each "
                            + "deal event written once. Instances of one sink share partitions through its group id.")
    static final class Sink extends StageCommand {
        @Override
        AutoCloseable start(Settings settings, Map<String, Object> kafkaProps, Optional<OpsEndpoint> ops) {
            SinkSet sinks = SinkSet.start(settings, kafkaProps);
            ops.ifPresent(sinks::bind);
            return sinks;
        }

        @Override
        String stageName() {
            return "sink";
        }
    }
}
