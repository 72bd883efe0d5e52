package io.dealwire.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads offsets from the cluster in the background and exposes them as gauges: the consumer lag of each watched group
 * ({@code dealwire_consumer_lag_records{group=…}}: records on the partitions the group has committed or been assigned
 * that it has not yet committed past) and the number of records held in {@code news.dlq}
 * ({@code dealwire_dlq_records}). Scrapes read the last figures and never wait for the cluster; a gauge is NaN until
 * its first successful read.
 */
final class OffsetsMonitor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OffsetsMonitor.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final MeterRegistry registry;
    private final List<String> groups = new CopyOnWriteArrayList<>();
    private final Map<String, Double> lags = new ConcurrentHashMap<>();
    private volatile double deadLetters = Double.NaN;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dealwire-offsets-monitor");
        t.setDaemon(true);
        return t;
    });

    OffsetsMonitor(Admin admin, MeterRegistry registry, Duration every) {
        this.admin = admin;
        this.registry = registry;
        Gauge.builder("dealwire.dlq.records", this, m -> m.deadLetters)
                .description("Records currently held in news.dlq (all partitions, log end minus log start)")
                .register(registry);
        timer.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Adds a consumer group (or Kafka Streams application id) whose lag is exposed. */
    void watch(String group) {
        if (lags.putIfAbsent(group, Double.NaN) == null) {
            groups.add(group);
            Gauge.builder("dealwire.consumer.lag", this, m -> m.lags.getOrDefault(group, Double.NaN))
                    .description("Records not yet committed past by the consumer group, over its partitions")
                    .tag("group", group)
                    .baseUnit("records")
                    .register(registry);
        }
    }

    /** The last figure read for {@code group}, NaN before the first read. */
    double lag(String group) {
        return lags.getOrDefault(group, Double.NaN);
    }

    double deadLetters() {
        return deadLetters;
    }

    private void refresh() {
        try {
            deadLetters = ClusterOffsets.deadLetters(admin, CALL_TIMEOUT);
        } catch (Exception e) {
            log.atDebug().setCause(e).log("could not read news.dlq offsets");
        }
        for (String group : groups) {
            try {
                lags.put(group, (double) ClusterOffsets.consumerLag(admin, group, CALL_TIMEOUT));
            } catch (Exception e) {
                log.atDebug().setCause(e).addKeyValue("group", group).log("could not read consumer group offsets");
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
