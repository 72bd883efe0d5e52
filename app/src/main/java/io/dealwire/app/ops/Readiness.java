package io.dealwire.app.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Whether the process is ready: the broker answers and every registered stage is running. The broker check is
 * cached for a few seconds so that frequent probes do not load the cluster.
 */
public final class Readiness {
    private static final Duration CACHE = Duration.ofSeconds(5);

    private final Clock clock;
    private Admin admin;
    private final Map<String, BooleanSupplier> stages = new LinkedHashMap<>();
    private Instant brokerCheckedAt = Instant.MIN;
    private boolean brokerReachable;

    /** The outcome of a check and, when not ready, why. */
    public record Status(boolean ready, String reason) {}

    public Readiness(Clock clock) {
        this.clock = clock;
    }

    /** Starts checking the broker through {@code admin} (not closed here); until then the process is starting. */
    public synchronized Readiness broker(Admin admin) {
        this.admin = admin;
        return this;
    }

    /** Adds a stage whose {@code running} must be true for the process to be ready. */
    public synchronized Readiness stage(String name, BooleanSupplier running) {
        stages.put(name, running);
        return this;
    }

    public synchronized Status check() {
        if (admin == null) {
            return new Status(false, "starting");
        }
        if (!brokerReachable()) {
            return new Status(false, "broker not reachable");
        }
        for (var stage : stages.entrySet()) {
            if (!stage.getValue().getAsBoolean()) {
                return new Status(false, stage.getKey() + " not running");
            }
        }
        return new Status(true, "ready: broker reachable, " + String.join(", ", stages.keySet()) + " running");
    }

    private boolean brokerReachable() {
        Instant now = clock.instant();
        if (Duration.between(brokerCheckedAt, now).compareTo(CACHE) > 0) {
            try {
                admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                brokerReachable = true;
            } catch (Exception e) {
                brokerReachable = false;
            }
            brokerCheckedAt = now;
        }
        return brokerReachable;
    }
}
