package io.dealwire.app.config;

import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.enrich.EnrichConfig;
import io.dealwire.enrich.topology.EnrichTopology;
import io.dealwire.ingest.IngestConfig;
import io.dealwire.sink.JsonLinesSinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;

/** Builds each stage's validated config record from {@link Settings}; stage validation errors name the key. */
public final class StageConfigs {
    private StageConfigs() {}

    public static Path dataDir(Settings s) {
        return s.path(ConfigKeys.DATA_DIR);
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
                new HashSet<>(s.list(ConfigKeys.INGEST_ALLOWED))));
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

    private static <T> T wrap(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
