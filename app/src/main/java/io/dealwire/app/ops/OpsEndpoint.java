package io.dealwire.app.ops;

import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;

/** The metrics registry, the readiness checks and the HTTP server that exposes them, for one process. */
public final class OpsEndpoint implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Readiness readiness = new Readiness(Clock.systemUTC());
    private final OpsServer server;
    private final java.util.Set<String> lagGroups = new java.util.LinkedHashSet<>();
    private Admin admin;
    private OffsetsMonitor offsets;

    private OpsEndpoint(String bind, int port) {
        StageMetrics.jvm(registry);
        this.server = OpsServer.start(bind, port, registry, readiness);
    }

    /** Starts the endpoint unless {@code http.port} is -1. */
    public static Optional<OpsEndpoint> start(Settings settings) {
        int port = io.dealwire.app.config.StageConfigs.httpPort(settings);
        if (port == -1) {
            return Optional.empty();
        }
        return Optional.of(new OpsEndpoint(settings.string(ConfigKeys.HTTP_BIND), port));
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Readiness readiness() {
        return readiness;
    }

    /** The port actually bound. */
    public int port() {
        return server.port();
    }

    /**
     * Starts checking the broker at the given client settings for readiness, and reading the offsets behind the
     * consumer-lag and dead-letter gauges.
     */
    public synchronized void watchBroker(Map<String, Object> kafkaProps) {
        admin = Admin.create(kafkaProps);
        readiness.broker(admin);
        offsets = new OffsetsMonitor(admin, registry, java.time.Duration.ofSeconds(5));
        lagGroups.forEach(offsets::watch);
    }

    /** Exposes the lag of a consumer group (or Kafka Streams application id) this process runs. */
    public synchronized void watchLag(String group) {
        lagGroups.add(group);
        if (offsets != null) {
            offsets.watch(group);
        }
    }

    @Override
    public void close() {
        server.close();
        if (offsets != null) {
            offsets.close();
        }
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
        registry.close();
    }
}
