package io.dealwire.app.ui;

import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.FeedState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DeskTopology} as its own Kafka Streams application (in-memory global stores, rebuilt from the
 * topics at every start, so instances need no coordination) and answers the desk's questions from its stores
 * through interactive queries.
 */
public final class DeskStreams implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeskStreams.class);

    private final KafkaStreams streams;
    private final Path stateDir;
    private final AtomicLong dealChanges = new AtomicLong();

    private DeskStreams(
            Map<String, Object> kafkaProps,
            String applicationId,
            boolean withMentions,
            BiConsumer<String, DealStory> onDeal) {
        try {
            stateDir = Files.createTempDirectory("dealwire-ui-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the desk's state directory", e);
        }
        Properties props = new Properties();
        props.putAll(kafkaProps);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // enrich writes in transactions: aborted records must never show on the desk
        props.put(StreamsConfig.globalConsumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
        props.put(
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        var topology = DeskTopology.build(withMentions, (id, story) -> {
            dealChanges.incrementAndGet();
            onDeal.accept(id, story);
        });
        log.debug("desk topology {}", topology.describe());
        streams = new KafkaStreams(topology, props);
    }

    /**
     * Starts the application; its stores answer once they have read their topics to the end.
     *
     * @param onDeal told of every change of a deal (on the global stream thread; must not block)
     */
    public static DeskStreams start(
            Map<String, Object> kafkaProps,
            String applicationId,
            boolean withMentions,
            BiConsumer<String, DealStory> onDeal) {
        DeskStreams desk = new DeskStreams(kafkaProps, applicationId, withMentions, onDeal);
        desk.streams.start();
        log.info("deal desk stores starting applicationId={} mentions={}", applicationId, withMentions);
        return desk;
    }

    /** Whether the stores have caught up with their topics and answer queries. */
    public boolean ready() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Changes to {@value DeskTopology#DEALS} so far: a cache of the store's contents is valid while it stays. */
    long dealChanges() {
        return dealChanges.get();
    }

    /** A read-only view of one of {@link DeskTopology}'s stores. */
    <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new StoreNotReadyException(
                    "the desk is still reading its topics (state " + streams.state() + "); try again shortly", e);
        }
    }

    /** Every value of a store. */
    <V> List<V> values(String name) {
        ReadOnlyKeyValueStore<String, V> store = store(name);
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            all.forEachRemaining((KeyValue<String, V> kv) -> values.add(kv.value));
        }
        return values;
    }

    /** Every feed's health, by URL. */
    public List<FeedHealth> feeds() {
        return this.<FeedState>values(DeskTopology.FEEDS).stream()
                .map(DeskStreams::health)
                .sorted(Comparator.comparing(FeedHealth::url))
                .toList();
    }

    /** The deals of the stores; with mentions only if started {@code withMentions}. */
    public DealRepository repository() {
        return new StreamsDealRepository(this);
    }

    static FeedHealth health(FeedState s) {
        return new FeedHealth(
                s.getFeedId(),
                s.getUrl(),
                s.getLastAttemptAt(),
                s.getLastSuccessAt(),
                s.getNextPollAt(),
                s.getConsecutiveFailures(),
                s.getLastStatusCode(),
                s.getLastError(),
                s.getItemsSeen());
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(5));
        streams.cleanUp();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("desk state directory not removed dir={} error={}", stateDir, e.toString());
        }
    }

    /** Counts for the log: entries per store. */
    Map<String, Long> sizes() {
        Map<String, Long> sizes = new HashMap<>();
        for (String name :
                List.of(DeskTopology.DEALS, DeskTopology.MENTIONS, DeskTopology.ARTICLES, DeskTopology.FEEDS)) {
            try {
                sizes.put(name, store(name).approximateNumEntries());
            } catch (RuntimeException e) {
                sizes.put(name, -1L);
            }
        }
        return sizes;
    }
}
