package io.dealwire.app.ui;

import io.dealwire.schemas.topic.Topics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations page's figures: the process's own {@code dealwire.*} counters when the desk runs inside
 * {@code dealwire run} (the page turns them into rates), and, from the cluster through the admin client, each
 * consumer group's lag and the number of records in {@code news.dlq}. Cluster figures are cached briefly so many
 * open pages cost one set of admin calls.
 */
final class PipelineGauges implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PipelineGauges.class);
    private static final Duration CACHE = Duration.ofSeconds(2);
    private static final long TIMEOUT_SECONDS = 5;

    /**
     * One reading.
     *
     * @param counters {@code dealwire.*} meters of this process by name (tagged meters summed); empty when the desk
     *     runs on its own
     * @param consumerLag records not yet consumed, per consumer group; -1 when the group could not be read
     * @param dlqSize records held in {@code news.dlq}; -1 when it could not be read
     */
    record Reading(Instant at, Map<String, Double> counters, Map<String, Long> consumerLag, long dlqSize) {}

    private final Admin admin;
    private final Optional<MeterRegistry> registry;
    private final List<String> groups;
    private final Clock clock;
    private Reading cached;

    PipelineGauges(Admin admin, Optional<MeterRegistry> registry, List<String> groups, Clock clock) {
        this.admin = admin;
        this.registry = registry;
        this.groups = List.copyOf(groups);
        this.clock = clock;
    }

    synchronized Reading read() {
        Instant now = clock.instant();
        if (cached == null || Duration.between(cached.at(), now).compareTo(CACHE) >= 0) {
            Map<String, Long> lag = new TreeMap<>();
            groups.forEach(g -> lag.put(g, lag(g)));
            cached = new Reading(now, Map.of(), lag, dlqSize());
        }
        return new Reading(now, counters(), cached.consumerLag(), cached.dlqSize());
    }

    private Map<String, Double> counters() {
        if (registry.isEmpty()) {
            return Map.of();
        }
        Map<String, Double> values = new TreeMap<>();
        for (Meter meter : registry.get().getMeters()) {
            String name = meter.getId().getName();
            if (!name.startsWith("dealwire.")) {
                continue;
            }
            double value =
                    meter instanceof FunctionCounter c ? c.count() : meter instanceof Gauge g ? g.value() : Double.NaN;
            if (Double.isFinite(value)) {
                values.merge(name, value, Double::sum);
            }
        }
        return values;
    }

    private long lag(String group) {
        try {
            return io.dealwire.app.ops.ClusterOffsets.consumerLag(admin, group, Duration.ofSeconds(TIMEOUT_SECONDS));
        } catch (Exception e) {
            return failed("consumer lag of " + group, e);
        }
    }

    private long dlqSize() {
        try {
            return io.dealwire.app.ops.ClusterOffsets.deadLetters(admin, Duration.ofSeconds(TIMEOUT_SECONDS));
        } catch (Exception e) {
            return failed("size of " + Topics.DLQ.name(), e);
        }
    }

    private static long failed(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        log.warn("operations page cannot read {} error={}", what, e.toString());
        return -1;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
