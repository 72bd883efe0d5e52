package io.dealwire.ingest;

import io.dealwire.ingest.feed.FeedPoller;
import io.dealwire.ingest.feed.FeedScheduler;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.ingest.internal.KafkaClients;
import io.dealwire.ingest.internal.StateRestorer;
import io.dealwire.ingest.politeness.HostGate;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.topic.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: learns the feeds of the {@code ingest.feeds} partitions this instance is assigned, restores
 * their state from {@code ingest.feed-state}, polls them when due, and publishes each poll's new articles and the
 * feed's new state in one Kafka transaction, so a crash or restart neither re-publishes nor loses an article.
 *
 * <p>Runs on its own thread from {@link #start()} until {@link #close()}.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration CONSUMER_POLL = Duration.ofMillis(200);
    /** Longest wait for a worker to finish before the loop looks at the feeds topic and the schedule again. */
    private static final long WORKER_WAIT_MILLIS = 50;
    /** Most finished polls published in one transaction. */
    private static final int MAX_BATCH = 500;
    /** How often the per-host queue figures are recomputed. */
    private static final long QUEUE_STATS_MILLIS = 500;

    private static final Duration RESTORE_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(3);
    private static final Duration CLIENT_CLOSE = Duration.ofSeconds(2);

    private final IngestConfig config;
    private final Clock clock;
    private final KafkaClients clients;
    private final PollJobs jobs;
    private final FeedScheduler scheduler;
    private final HostGate gate;
    private final IngestCounters counters;
    private long queueStatsAt;
    private final Thread thread;
    private final ExecutorService workers;
    /** feedId → host of the polls handed to workers and not yet published; loop thread only. */
    private final Map<String, String> inFlight = new HashMap<>();

    private final BlockingQueue<PollJobs.Done> finished = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private volatile Consumer<String, FeedDefinition> feedConsumer;
    private volatile Throwable failure;

    /**
     * A service against the cluster that {@code kafkaClientProps} names ({@code bootstrap.servers} and any
     * pass-through client settings), fetching with a new JDK HTTP client.
     */
    public IngestService(IngestConfig config, Map<String, Object> kafkaClientProps, Clock clock) {
        this(config, kafkaClientProps, clock, HttpFetcher.newClient(config.fetchTimeout()));
    }

    /** As {@link #IngestService(IngestConfig, Map, Clock)}, fetching with {@code httpClient} (redirects: NEVER). */
    public IngestService(
            IngestConfig config, Map<String, Object> kafkaClientProps, Clock clock, HttpClient httpClient) {
        this(
                config,
                clock,
                KafkaClients.of(config, kafkaClientProps),
                httpClient,
                HostGate.system(),
                new IngestCounters());
    }

    private IngestService(
            IngestConfig config,
            Clock clock,
            KafkaClients clients,
            HttpClient httpClient,
            HostGate gate,
            IngestCounters counters) {
        this(config, clock, clients, PollJobs.build(config, clock, httpClient, gate, counters), gate, counters);
    }

    IngestService(IngestConfig config, Clock clock, KafkaClients clients, FeedPoller poller) {
        this(
                config,
                clock,
                clients,
                new PollJobs(poller, Optional.empty(), clock),
                HostGate.system(),
                new IngestCounters());
    }

    private IngestService(
            IngestConfig config,
            Clock clock,
            KafkaClients clients,
            PollJobs jobs,
            HostGate gate,
            IngestCounters counters) {
        this.config = config;
        this.gate = gate;
        this.counters = counters;
        this.clock = clock;
        this.clients = clients;
        this.jobs = jobs;
        this.scheduler = new FeedScheduler(clock, new SplittableRandom());
        this.thread = new Thread(this::run, "dealwire-ingest-" + config.instanceId());
        AtomicInteger workerNumber = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.workers(), runnable -> {
            Thread worker = new Thread(
                    runnable, "dealwire-ingest-" + config.instanceId() + "-poll-" + workerNumber.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
    }

    /**
     * Starts the ingest loop on its own thread.
     *
     * @throws IllegalStateException when already started
     */
    public synchronized void start() {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("ingest service already started");
        }
        running = true;
        thread.start();
    }

    /** Counters since start. */
    public IngestCounters counters() {
        return counters;
    }

    /** Whether the loop is running: started, not closed, no fatal error. */
    public boolean isRunning() {
        return running && thread.isAlive();
    }

    /** The error that stopped the loop, if one did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Stops the loop: an in-flight poll is abandoned (its transaction aborted, so it is polled again after a
     * restart) and the Kafka clients are closed; returns within a few seconds.
     */
    @Override
    public void close() {
        running = false;
        Consumer<String, FeedDefinition> consumer = feedConsumer;
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            thread.join(CLOSE_GRACE.toMillis());
            if (thread.isAlive()) {
                thread.interrupt(); // unblocks an HTTP fetch that is waiting for its deadline
                thread.join(CLOSE_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.atInfo().addKeyValue("instanceId", config.instanceId()).log("ingest service stopped");
    }

    private void run() {
        LOG.atInfo().addKeyValue("instanceId", config.instanceId()).log("ingest service starting");
        Producer<String, byte[]> producer = null;
        Consumer<String, FeedState> stateConsumer = null;
        Consumer<String, FeedDefinition> feeds = null;
        try {
            producer = clients.producer();
            stateConsumer = clients.stateConsumer();
            feeds = clients.feedConsumer();
            feedConsumer = feeds;
            producer.initTransactions();
            Publisher publisher = new Publisher(producer, feeds, counters);
            StateRestorer restorer = new StateRestorer(stateConsumer, RESTORE_TIMEOUT);
            feeds.subscribe(Set.of(Topics.FEEDS.name()), new Rebalance(feeds, restorer));
            while (running) {
                learn(feeds, inFlight.isEmpty() ? CONSUMER_POLL : Duration.ZERO);
                pollDueFeeds(publisher);
            }
        } catch (WakeupException | InterruptException e) {
            if (running) {
                fail(e);
            }
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            running = false;
            workers.shutdownNow(); // in-flight polls are abandoned, their feeds polled again after a restart
            Thread.interrupted(); // an interrupt from close() must not break closing the clients
            closeQuietly(feeds);
            closeQuietly(stateConsumer);
            closeQuietly(producer);
        }
    }

    private static void closeQuietly(AutoCloseable client) {
        try {
            if (client instanceof Producer<?, ?> producer) {
                producer.close(CLIENT_CLOSE);
            } else if (client instanceof Consumer<?, ?> consumer) {
                consumer.close(CloseOptions.timeout(CLIENT_CLOSE));
            }
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("error", e.toString()).log("Kafka client did not close cleanly");
        }
    }

    private void fail(RuntimeException e) {
        failure = e;
        LOG.atError().addKeyValue("error", e.toString()).setCause(e).log("ingest service stopped by a fatal error");
    }

    private void learn(Consumer<String, FeedDefinition> feeds, Duration timeout) {
        ConsumerRecords<String, FeedDefinition> records;
        try {
            records = feeds.poll(timeout);
        } catch (RecordDeserializationException e) {
            LOG.atWarn()
                    .addKeyValue("topic", e.topicPartition().topic())
                    .addKeyValue("partition", e.topicPartition().partition())
                    .addKeyValue("offset", e.offset())
                    .addKeyValue("error", e.getMessage())
                    .log("skipping unreadable feed definition");
            feeds.seek(e.topicPartition(), e.offset() + 1);
            return;
        }
        for (ConsumerRecord<String, FeedDefinition> record : records) {
            if (record.value() == null) {
                scheduler.remove(record.key());
            } else {
                scheduler.upsert(record.value(), record.partition());
            }
        }
    }

    /**
     * Hands due feeds to the worker pool, at most {@code ingest.workers} at a time and never two of one host, then
     * publishes the polls that have finished, waiting briefly for one when workers are busy. Only this loop thread
     * touches the scheduler and the producer.
     */
    private void pollDueFeeds(Publisher publisher) {
        List<PollJobs.Done> batch = new ArrayList<>();
        if (!inFlight.isEmpty()) {
            try {
                PollJobs.Done first = finished.poll(WORKER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptException(e);
            }
        }
        finished.drainTo(batch, MAX_BATCH - batch.size());
        Set<String> publishing = new HashSet<>();
        for (PollJobs.Done done : batch) {
            inFlight.remove(done.feed().definition().getFeedId());
            publishing.add(done.feed().definition().getFeedId());
        }
        // workers get new feeds before the batch is committed: they fetch while the commit waits for the broker
        dispatchDue(publishing);
        if (running && !batch.isEmpty()) {
            publish(publisher, batch);
        }
    }

    /**
     * Hands due feeds to idle workers. A feed whose host has a request in flight, or whose host's pause (per-host
     * delay or crawl-delay) has not passed, stays due: a worker never sits waiting at the host gate while feeds of
     * other hosts are ready.
     */
    private void dispatchDue(Set<String> publishing) {
        Set<String> busyHosts = new HashSet<>(inFlight.values());
        Instant now = Instant.now(); // the gate times pauses on real time
        Map<String, Integer> queued = new HashMap<>();
        for (FeedScheduler.Scheduled feed : scheduler.due()) {
            String feedId = feed.definition().getFeedId();
            if (inFlight.containsKey(feedId) || publishing.contains(feedId)) {
                continue; // its poll is running, or finished and not yet committed
            }
            FeedState previous = scheduler.stateOf(feed.definition());
            String host = hostOf(previous.getUrl()); // after a permanent redirect the stored URL names the host
            // RELIABILITY.md: one request in flight per host
            if (inFlight.size() >= config.workers()
                    || busyHosts.contains(host)
                    || gate.readyAt(host).isAfter(now)) {
                queued.merge(host, 1, Integer::sum);
                continue;
            }
            busyHosts.add(host);
            inFlight.put(feedId, host);
            workers.execute(jobs.jobFor(feed, previous, finished::add));
        }
        recordQueues(queued);
    }

    private void recordQueues(Map<String, Integer> queued) {
        long nowMillis = System.currentTimeMillis();
        if (nowMillis - queueStatsAt < QUEUE_STATS_MILLIS && !queued.isEmpty()) {
            return;
        }
        queueStatsAt = nowMillis;
        int total = queued.values().stream().mapToInt(Integer::intValue).sum();
        int max = queued.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        counters.queues(new IngestCounters.HostQueues(queued.size(), total, max, inFlight.size()));
    }

    private void publish(Publisher publisher, List<PollJobs.Done> batch) {
        List<Publisher.Entry> entries = new ArrayList<>();
        for (PollJobs.Done done : batch) {
            String feedId = done.feed().definition().getFeedId();
            Optional<FeedScheduler.Scheduled> owned = scheduler.feed(feedId);
            if (owned.isEmpty() || owned.get().partition() != done.feed().partition()) {
                LOG.atDebug().addKeyValue("feedId", feedId).log("poll result dropped: feed no longer owned");
            } else if (done.robotsOnly()) {
                continue; // still due: polled once the host's pause after robots.txt has passed
            } else if (done.result().isEmpty()) {
                scheduler.postpone(feedId, config.minPollInterval());
            } else {
                counters.fetched(
                        done.result().get().outcome(), done.result().get().bytes());
                entries.add(new Publisher.Entry(done.feed(), done.result().get()));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        Set<Publisher.Entry> committed = Collections.newSetFromMap(new IdentityHashMap<>());
        committed.addAll(publisher.publish(entries));
        for (Publisher.Entry entry : entries) {
            if (committed.contains(entry)) {
                scheduler.restore(entry.result().state(), entry.feed().partition());
            } else {
                scheduler.postpone(entry.feed().definition().getFeedId(), config.minPollInterval());
            }
        }
    }

    /** The host a feed URL names, lower-case; the whole URL when it has none (the fetch will refuse it). */
    static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Keeps the scheduler in line with the assignment; restores state of newly assigned partitions. */
    private final class Rebalance implements ConsumerRebalanceListener {
        private final Consumer<String, FeedDefinition> feeds;
        private final StateRestorer restorer;

        Rebalance(Consumer<String, FeedDefinition> feeds, StateRestorer restorer) {
            this.feeds = feeds;
            this.restorer = restorer;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            scheduler.dropPartitions(numbers(partitions));
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            scheduler.dropPartitions(numbers(partitions));
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            // the compacted topic is re-read in full: committed offsets only serve to fence zombie producers
            feeds.seekToBeginning(partitions);
            Collection<StateRestorer.Restored> states = restorer.restore(numbers(partitions));
            states.forEach(restored -> scheduler.restore(restored.state(), restored.partition()));
            LOG.atInfo()
                    .addKeyValue("partitions", numbers(partitions))
                    .addKeyValue("states", states.size())
                    .log("feed partitions assigned");
        }

        private Set<Integer> numbers(Collection<TopicPartition> partitions) {
            return partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
        }
    }
}
