package io.dealwire.app.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deal desk, whole: its Kafka Streams stores, the repository the deals are read from (those stores, or
 * PostgreSQL when given), the event stream that tells open pages about changed deals (at most twice a second,
 * changes coalesced), the operations figures and the HTTP server.
 */
public final class DealDeskService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DealDeskService.class);
    private static final Duration PUSH_EVERY = Duration.ofMillis(500);
    private static final int IDS_PER_EVENT = 50;

    /**
     * What the desk needs besides its configuration.
     *
     * @param kafkaProps bootstrap servers and client settings of the cluster
     * @param postgres the PostgreSQL sink's database, when configured: deals are then read from it
     * @param registry this process's metrics, when the desk runs inside {@code dealwire run}
     * @param consumerGroups groups whose lag the operations page shows
     */
    public record Wiring(
            Map<String, Object> kafkaProps,
            Optional<DataSource> postgres,
            Optional<MeterRegistry> registry,
            List<String> consumerGroups) {}

    private final Set<String> changed = new LinkedHashSet<>();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dealwire-ui-push");
        t.setDaemon(true);
        return t;
    });
    private final SseHub events = new SseHub(64, Duration.ofSeconds(15));
    private final UiConfig config;
    private DeskStreams streams;
    private DealRepository repository;
    private PipelineGauges gauges;
    private UiServer server;

    private DealDeskService(UiConfig config) {
        this.config = config;
    }

    /** Starts the desk; on failure stops what was started and rethrows. */
    public static DealDeskService start(UiConfig config, Wiring wiring) {
        DealDeskService desk = new DealDeskService(config);
        try {
            desk.startAll(wiring);
            return desk;
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
    }

    private void startAll(Wiring wiring) {
        streams = DeskStreams.start(
                wiring.kafkaProps(), config.applicationId(), wiring.postgres().isEmpty(), (id, story) -> {
                    synchronized (changed) {
                        changed.add(id);
                    }
                });
        repository = wiring.postgres()
                .<DealRepository>map(PostgresDealRepository::new)
                .orElseGet(streams::repository);
        gauges = new PipelineGauges(
                Admin.create(wiring.kafkaProps()), wiring.registry(), wiring.consumerGroups(), Clock.systemUTC());
        pusher.scheduleWithFixedDelay(this::push, PUSH_EVERY.toMillis(), PUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        DealDesk desk = new DealDesk(repository, config.rates());
        server = UiServer.start(
                config.bind(), config.port(), new UiServer.Sources(desk, streams::feeds, gauges::read, events));
        log.info("deal desk started url={} source={}", url(), repository.name());
    }

    /** Tells open pages which deals changed since the last push. */
    private void push() {
        List<String> ids;
        synchronized (changed) {
            if (changed.isEmpty()) {
                return;
            }
            ids = new ArrayList<>(changed);
            changed.clear();
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("changed", ids.size());
        event.put("dealIds", ids.subList(0, Math.min(ids.size(), IDS_PER_EVENT)));
        try {
            events.publish("deals", UiServer.JSON.writeValueAsString(event));
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("deal desk event not sent error={}", e.toString());
        }
    }

    /** The port the desk serves on. */
    public int port() {
        return server.port();
    }

    /** The desk's address, e.g. {@code http://127.0.0.1:8480/}. */
    public String url() {
        return config.url(port());
    }

    /** Whether the stores have read their topics and the desk answers. */
    public boolean ready() {
        return streams != null && streams.ready();
    }

    @Override
    public void close() {
        pusher.shutdownNow();
        events.close();
        for (AutoCloseable part : new AutoCloseable[] {server, gauges, repository, streams}) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                log.warn(
                        "deal desk part did not stop cleanly part={} error={}",
                        part.getClass().getSimpleName(),
                        e.toString());
            }
        }
    }
}
