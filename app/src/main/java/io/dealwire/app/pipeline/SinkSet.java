package io.dealwire.app.pipeline;

import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.app.ops.StageMetrics;
import io.dealwire.sink.JsonLinesSinkService;
import io.dealwire.sink.postgres.PostgresSinkService;
import io.dealwire.sink.webhook.DisabledEndpoints;
import io.dealwire.sink.webhook.WebhookSinkService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured sinks, each its own consumer group: JSON Lines files (on unless {@code sink.jsonl.enabled=false}),
 * PostgreSQL (when {@code sink.postgres.url} is set) and a webhook (when {@code sink.webhook.url} is set).
 */
public final class SinkSet implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SinkSet.class);

    private final Optional<JsonLinesSinkService> jsonLines;
    private final Optional<PostgresSinkService> postgres;
    private final Optional<WebhookSinkService> webhook;
    private final List<String> groups = new ArrayList<>();

    private SinkSet(
            Optional<JsonLinesSinkService> jsonLines,
            Optional<PostgresSinkService> postgres,
            Optional<WebhookSinkService> webhook) {
        this.jsonLines = jsonLines;
        this.postgres = postgres;
        this.webhook = webhook;
    }

    /** Starts every configured sink; on failure stops those already started. */
    public static SinkSet start(Settings settings, Map<String, Object> kafkaProps) {
        Optional<JsonLinesSinkService> jsonLines = settings.bool(ConfigKeys.SINK_JSONL_ENABLED)
                ? Optional.of(new JsonLinesSinkService(StageConfigs.jsonLinesSink(settings), kafkaProps))
                : Optional.empty();
        Optional<PostgresSinkService> postgres =
                StageConfigs.postgresSink(settings).map(c -> new PostgresSinkService(c, kafkaProps));
        Optional<WebhookSinkService> webhook = StageConfigs.webhookSink(settings)
                .map(c -> new WebhookSinkService(c, kafkaProps, disabledEndpoints(settings)));
        SinkSet sinks = new SinkSet(jsonLines, postgres, webhook);
        jsonLines.ifPresent(s -> sinks.groups.add(settings.string(ConfigKeys.SINK_GROUP)));
        postgres.ifPresent(s -> sinks.groups.add(settings.string(ConfigKeys.PG_GROUP)));
        webhook.ifPresent(s -> sinks.groups.add(settings.string(ConfigKeys.HOOK_GROUP)));
        if (jsonLines.isEmpty() && postgres.isEmpty() && webhook.isEmpty()) {
            log.warn("no sink configured: deal events stay on the deals.events topic only");
        }
        jsonLines.ifPresent(JsonLinesSinkService::start);
        postgres.ifPresent(PostgresSinkService::start);
        webhook.ifPresent(WebhookSinkService::start);
        return sinks;
    }

    /** Endpoints disabled by a 410, kept in {@code <data-dir>/webhook/disabled-endpoints} across restarts. */
    private static DisabledEndpoints disabledEndpoints(Settings settings) {
        Path file = StageConfigs.dataDir(settings).resolve("webhook").resolve("disabled-endpoints");
        try {
            return DisabledEndpoints.inFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the disabled webhook endpoints in " + file, e);
        }
    }

    /** True when every configured sink's consumer runs. */
    public boolean isRunning() {
        return jsonLines.map(JsonLinesSinkService::isRunning).orElse(true)
                && postgres.map(PostgresSinkService::isRunning).orElse(true)
                && webhook.map(WebhookSinkService::isRunning).orElse(true);
    }

    /** Registers each sink's counters and the set's readiness. */
    public void bind(OpsEndpoint ops) {
        jsonLines.ifPresent(s -> StageMetrics.sink(s, ops.registry()));
        postgres.ifPresent(s -> StageMetrics.postgres(s, ops.registry()));
        webhook.ifPresent(s -> StageMetrics.webhook(s, ops.registry()));
        ops.readiness().stage("sinks", this::isRunning);
        groups.forEach(ops::watchLag);
    }

    /** One status fragment per running sink. */
    public String status() {
        List<String> parts = new ArrayList<>();
        jsonLines.ifPresent(s -> parts.add(String.format(
                Locale.ROOT,
                "jsonl %d written (%d duplicates skipped, %d dead letters)",
                s.counters().written(),
                s.counters().skippedDuplicates(),
                s.counters().deadLettered())));
        postgres.ifPresent(s -> parts.add(String.format(
                Locale.ROOT,
                "postgres %d written (%d unchanged, %d dead letters)",
                s.counters().written(),
                s.counters().skippedDuplicates(),
                s.counters().deadLettered())));
        webhook.ifPresent(s -> parts.add(String.format(
                Locale.ROOT,
                "webhook %d delivered (%d retries, %d dead letters)",
                s.counters().delivered(),
                s.counters().retried(),
                s.counters().deadLettered())));
        return parts.isEmpty() ? "no sink" : String.join(", ", parts);
    }

    /** The JSON Lines sink, when enabled. */
    public Optional<JsonLinesSinkService> jsonLines() {
        return jsonLines;
    }

    @Override
    public void close() {
        webhook.ifPresent(WebhookSinkService::close);
        postgres.ifPresent(PostgresSinkService::close);
        jsonLines.ifPresent(JsonLinesSinkService::close);
    }
}
