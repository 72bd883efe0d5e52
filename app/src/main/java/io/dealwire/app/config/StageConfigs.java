package io.dealwire.app.config;

import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.enrich.EnrichConfig;
import io.dealwire.enrich.topology.EnrichTopology;
import io.dealwire.ingest.IngestConfig;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.sink.JsonLinesSinkConfig;
import io.dealwire.sink.postgres.PostgresSinkConfig;
import io.dealwire.sink.webhook.WebhookEndpoint;
import io.dealwire.sink.webhook.WebhookFilter;
import io.dealwire.sink.webhook.WebhookSinkConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds each stage's validated config record from {@link Settings}; stage validation errors name the key. */
public final class StageConfigs {
    private StageConfigs() {}

    public static Path dataDir(Settings s) {
        return s.path(ConfigKeys.DATA_DIR);
    }

    /**
     * Kafka client settings for commands that talk to a running pipeline: {@code kafka.bootstrap-servers}, else the
     * embedded broker of a local {@code dealwire run} (127.0.0.1:{@code broker.port}), plus {@code kafka.client.*}.
     */
    public static Map<String, Object> clientProps(Settings s) {
        Map<String, Object> props = new java.util.HashMap<>(s.kafkaClientSettings());
        props.put(
                "bootstrap.servers",
                s.optional(ConfigKeys.BOOTSTRAP_SERVERS).orElse("127.0.0.1:" + s.integer(ConfigKeys.BROKER_PORT)));
        return props;
    }

    /** {@code http.port}: -1 turns the operations endpoint off, 0 picks a free port. */
    public static int httpPort(Settings s) {
        int port = s.integer(ConfigKeys.HTTP_PORT);
        if (port < -1 || port > 65535) {
            throw new ConfigException(
                    "http.port must be -1 (off), 0 (any free port) or a port up to 65535, was " + port);
        }
        return port;
    }

    public static BrokerSettings broker(Settings s) {
        return new BrokerSettings(dataDir(s), s.integer(ConfigKeys.BROKER_PORT), Duration.ofSeconds(60), Map.of());
    }

    public static IngestConfig ingest(Settings s) {
        return wrap(() -> new IngestConfig(
                s.string(ConfigKeys.INGEST_GROUP),
                s.string(ConfigKeys.INGEST_GROUP),
                s.string(ConfigKeys.INGEST_INSTANCE),
                s.string(ConfigKeys.INGEST_USER_AGENT),
                s.string(ConfigKeys.INGEST_CONTACT),
                s.duration(ConfigKeys.INGEST_MIN_POLL),
                s.duration(ConfigKeys.INGEST_POLL),
                s.duration(ConfigKeys.INGEST_MAX_POLL),
                s.duration(ConfigKeys.INGEST_TIMEOUT),
                s.longValue(ConfigKeys.INGEST_MAX_BODY),
                s.bool(ConfigKeys.INGEST_PAGES),
                new HashSet<>(s.list(ConfigKeys.INGEST_ALLOWED)),
                s.duration(ConfigKeys.INGEST_ROBOTS_TTL),
                s.duration(ConfigKeys.INGEST_ROBOTS_RETRY),
                s.duration(ConfigKeys.INGEST_MAX_CRAWL_DELAY),
                s.duration(ConfigKeys.INGEST_HOST_DELAY),
                s.integer(ConfigKeys.INGEST_WORKERS),
                s.integer(ConfigKeys.INGEST_REDIRECT_SIGHTINGS),
                s.integer(ConfigKeys.INGEST_MAX_ITEMS)));
    }

    public static EnrichConfig enrich(Settings s, int replicationFactor) {
        return wrap(() -> new EnrichConfig(
                s.string(ConfigKeys.ENRICH_APP_ID),
                dataDir(s).resolve("streams"),
                s.list(ConfigKeys.ENRICH_LANGUAGES),
                replicationFactor,
                s.integer(ConfigKeys.ENRICH_THREADS),
                EnrichTopology.DEFAULT_MAX_RECORD_BYTES));
    }

    public static JsonLinesSinkConfig jsonLinesSink(Settings s) {
        Path dir =
                s.optional(ConfigKeys.SINK_DIR).map(Path::of).orElse(dataDir(s).resolve("out"));
        return wrap(
                () -> JsonLinesSinkConfig.defaults().withDirectory(dir).withGroupId(s.string(ConfigKeys.SINK_GROUP)));
    }

    /** The PostgreSQL sink's settings, when {@code sink.postgres.url} is set. */
    public static Optional<PostgresSinkConfig> postgresSink(Settings s) {
        return s.optional(ConfigKeys.PG_URL)
                .map(url -> wrap(() -> {
                    PostgresSinkConfig d = PostgresSinkConfig.defaults(url);
                    return new PostgresSinkConfig(
                            url,
                            s.string(ConfigKeys.PG_USER),
                            s.string(ConfigKeys.PG_PASSWORD),
                            s.string(ConfigKeys.PG_GROUP),
                            s.integer(ConfigKeys.PG_BATCH),
                            d.pollTimeout(),
                            d.maxRetryBackoff(),
                            d.connectTimeout());
                }));
    }

    /**
     * The webhook sink's settings, when {@code sink.webhook.url} (the endpoint {@code default}) or {@code
     * sink.webhook.endpoints-file} (a list of endpoints) is set.
     */
    public static Optional<WebhookSinkConfig> webhookSink(Settings s) {
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        s.optional(ConfigKeys.HOOK_URL)
                .ifPresent(url -> endpoints.add(wrap(() -> new WebhookEndpoint(
                        "default", URI.create(url), s.string(ConfigKeys.HOOK_SECRET), singleEndpointFilter(s)))));
        s.optional(ConfigKeys.HOOK_ENDPOINTS_FILE)
                .ifPresent(file -> endpoints.addAll(WebhookEndpointsFile.read(Path.of(file))));
        if (endpoints.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(wrap(() -> {
            WebhookSinkConfig d = WebhookSinkConfig.defaults(endpoints);
            return new WebhookSinkConfig(
                    d.endpoints(),
                    new HashSet<>(s.list(ConfigKeys.HOOK_ALLOWED)),
                    s.string(ConfigKeys.HOOK_GROUP),
                    d.requestTimeout(),
                    d.pollTimeout(),
                    d.maxRetryBackoff());
        }));
    }

    private static WebhookFilter singleEndpointFilter(Settings s) {
        return new WebhookFilter(
                s.list(ConfigKeys.HOOK_TYPES).stream().map(t -> dealType(t)).collect(Collectors.toSet()),
                new HashSet<>(s.list(ConfigKeys.HOOK_COMPANIES)),
                new HashSet<>(s.list(ConfigKeys.HOOK_LANGUAGES)),
                s.optional(ConfigKeys.HOOK_MIN_AMOUNT).map(StageConfigs::minAmount));
    }

    static DealType dealType(String name) {
        try {
            return DealType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "sink.webhook.types must list deal types such as ACQUISITION, was '" + name + "'");
        }
    }

    static WebhookFilter.MinAmount minAmount(String value) {
        String[] parts = value.trim().split("\\s+");
        try {
            return new WebhookFilter.MinAmount(new BigDecimal(parts[0]), parts.length > 1 ? parts[1] : "");
        } catch (NumberFormatException e) {
            throw new ConfigException(
                    "sink.webhook.min-amount must be a number and a currency like 100000000 USD, was '" + value + "'");
        }
    }

    private static <T> T wrap(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
