package io.dealwire.app.bench;

import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.app.broker.EmbeddedBroker;
import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.IngestCounters;
import io.dealwire.ingest.IngestService;
import io.dealwire.ingest.feed.FeedIds;
import io.dealwire.ingest.feed.FeedRegistry;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The feed-farm benchmark: the real ingest stage, against the embedded broker, polls a {@link FeedFarm} of simulated
 * hosts until every feed has been polled once (plus an optional steady-state period), printing progress as it goes
 * and, at the end, feeds polled per minute, the time of the first full poll cycle, articles published per second,
 * peak heap and the most requests any one host saw at once.
 */
public final class FeedFarmBench {
    /** Target of issue 3: every feed polled once within five minutes. */
    static final Duration CYCLE_TARGET = Duration.ofMinutes(5);

    private static final long MIB = 1024 * 1024;

    /**
     * The benchmark's settings.
     *
     * @param feeds feeds in the farm
     * @param hosts simulated hosts the feeds are dealt to
     * @param items items per feed body
     * @param latency mean simulated response latency (each response waits 0.5 to 1.5 times it)
     * @param newItemEvery how often each feed gains an item
     * @param perHostDelay {@code ingest.per-host-delay} of the stage
     * @param workers {@code ingest.workers} of the stage
     * @param afterCycle how long to keep running once every feed has been polled
     * @param maxDuration when to give up if the cycle is not complete
     * @param progressEvery how often a progress line is printed
     */
    public record Options(
            int feeds,
            int hosts,
            int items,
            Duration latency,
            Duration newItemEvery,
            Duration perHostDelay,
            int workers,
            Duration afterCycle,
            Duration maxDuration,
            Duration progressEvery) {
        public Options {
            if (feeds < 1 || hosts < 1 || hosts > 250 * 254 || items < 1) {
                throw new IllegalArgumentException("feeds and items must be >= 1 and hosts between 1 and 63500, was "
                        + feeds + "/" + hosts + "/" + items);
            }
        }
    }

    private final Options options;
    private final PrintWriter out;

    private FeedFarmBench(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the benchmark, printing to {@code out}; 0 when the first cycle completed within the target. */
    public static int run(Options options, PrintWriter out) {
        return new FeedFarmBench(options, out).run();
    }

    private int run() {
        printSetup();
        Path dataDir = tempDir();
        try (HeapWatch heap = HeapWatch.start();
                EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.of(dataDir, 0));
                FeedFarm farm = FeedFarm.start(
                        new FeedFarm.Shape(
                                options.feeds(),
                                options.hosts(),
                                options.items(),
                                options.latency(),
                                options.newItemEvery()),
                        options.perHostDelay())) {
            Map<String, Object> kafka = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin admin = Admin.create(kafka)) {
                new TopicCreator(admin, 1).createMissing(Topics.ALL);
            }
            FeedRegistry.publish(kafka, definitions(farm));
            out.printf(
                    Locale.ROOT,
                    "farm: %d feeds on %d hosts (127.0.1.1 ...), port %d; feeds imported into %s%n",
                    options.feeds(),
                    options.hosts(),
                    farm.port(),
                    Topics.FEEDS.name());
            out.flush();
            return measure(farm, kafka, heap);
        } finally {
            deleteQuietly(dataDir);
        }
    }

    private int measure(FeedFarm farm, Map<String, Object> kafka, HeapWatch heap) {
        IngestConfig config = config(farm);
        long started = System.nanoTime();
        try (IngestService ingest = new IngestService(config, kafka, Clock.systemUTC())) {
            ingest.start();
            Snapshot atCycle = null;
            long nextProgress = options.progressEvery().toNanos();
            while (true) {
                sleep(Duration.ofMillis(250));
                long elapsed = System.nanoTime() - started;
                FeedFarm.Figures figures = farm.figures();
                if (atCycle == null && figures.firstCycle() != null) {
                    atCycle = new Snapshot(
                            Duration.ofNanos(elapsed), ingest.counters().articlesPublished());
                    out.printf(Locale.ROOT, "first full poll cycle complete after %s%n", seconds(atCycle.elapsed()));
                }
                if (elapsed >= nextProgress) {
                    progress(Duration.ofNanos(elapsed), figures, ingest.counters(), heap);
                    nextProgress += options.progressEvery().toNanos();
                }
                if (!ingest.isRunning()) {
                    out.println("ingest stopped: "
                            + ingest.failure().map(Throwable::toString).orElse("(no error)"));
                    break;
                }
                if (atCycle != null
                        && Duration.ofNanos(elapsed).compareTo(atCycle.elapsed().plus(options.afterCycle())) >= 0) {
                    break;
                }
                if (Duration.ofNanos(elapsed).compareTo(options.maxDuration()) >= 0) {
                    out.println(
                            "stopped after --max-duration " + seconds(options.maxDuration()) + " without a full cycle");
                    break;
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            return report(elapsed, atCycle, farm.figures(), ingest.counters(), heap);
        }
    }

    private record Snapshot(Duration elapsed, long articles) {}

    private IngestConfig config(FeedFarm farm) {
        IngestConfig defaults = IngestConfig.defaults();
        return defaults.withAllowedHosts(new HashSet<>(farm.allowList()))
                .withPoliteness(options.perHostDelay(), defaults.maxCrawlDelay(), options.workers());
    }

    private List<FeedDefinition> definitions(FeedFarm farm) {
        List<FeedDefinition> definitions = new ArrayList<>(options.feeds());
        for (int feed = 0; feed < options.feeds(); feed++) {
            String url = farm.feedUrl(feed).toString();
            definitions.add(FeedDefinition.newBuilder()
                    .setFeedId(FeedIds.of(url))
                    .setUrl(url)
                    .setName("farm feed " + feed)
                    .setLanguageHint("en")
                    .build());
        }
        return definitions;
    }

    private void printSetup() {
        Runtime runtime = Runtime.getRuntime();
        out.printf(
                Locale.ROOT,
                "bench feeds: %d feeds, %d hosts, %d items per feed, latency %d ms (0.5-1.5x), new item every %s,"
                        + " ingest.per-host-delay %s, ingest.workers %d%n",
                options.feeds(),
                options.hosts(),
                options.items(),
                options.latency().toMillis(),
                seconds(options.newItemEvery()),
                seconds(options.perHostDelay()),
                options.workers());
        out.printf(
                Locale.ROOT,
                "JVM: max heap %d MiB, %d processors, load average %s%n",
                runtime.maxMemory() / MIB,
                runtime.availableProcessors(),
                loadAverage());
        if (runtime.maxMemory() > 600 * MIB) {
            out.println("note: the target is 512 MB of heap; run with -Xmx512m (DEALWIRE_JAVA_OPTS=-Xmx512m)");
        }
        out.flush();
    }

    private void progress(Duration elapsed, FeedFarm.Figures farm, IngestCounters counters, HeapWatch heap) {
        IngestCounters.HostQueues queues = counters.hostQueues();
        out.printf(
                Locale.ROOT,
                "%7s feeds polled %d/%d, feed requests %d (304: %d), committed polls %d, articles %d,"
                        + " in flight %d, queued %d on %d hosts (max %d), max per host %d, heap %d MiB%n",
                seconds(elapsed),
                farm.feedsPolled(),
                options.feeds(),
                farm.feedPolls(),
                farm.notModified(),
                counters.transactionsCommitted(),
                counters.articlesPublished(),
                queues.inFlight(),
                queues.total(),
                queues.hosts(),
                queues.max(),
                farm.maxConcurrentPerHost(),
                HeapWatch.usedNow() / MIB);
        out.flush();
    }

    private int report(
            Duration elapsed, Snapshot atCycle, FeedFarm.Figures farm, IngestCounters counters, HeapWatch heap) {
        double minutes = elapsed.toMillis() / 60_000.0;
        long liveAtEnd = HeapWatch.liveAfterFullGc();
        out.println("---- results ----");
        out.printf(Locale.ROOT, "run time:                     %s%n", seconds(elapsed));
        out.printf(
                Locale.ROOT,
                "first full poll cycle:        %s (target %s)%n",
                atCycle == null
                        ? "not complete (" + farm.feedsPolled() + "/" + options.feeds() + " feeds polled)"
                        : seconds(atCycle.elapsed()),
                seconds(CYCLE_TARGET));
        if (atCycle != null) {
            out.printf(
                    Locale.ROOT,
                    "feeds polled per minute:      %.0f over the first cycle; %.0f over the whole run%n",
                    options.feeds() / (atCycle.elapsed().toMillis() / 60_000.0),
                    farm.feedPolls() / minutes);
            out.printf(
                    Locale.ROOT,
                    "articles published per sec:   %.1f over the first cycle; %.1f over the whole run (%d articles)%n",
                    atCycle.articles() / (atCycle.elapsed().toMillis() / 1000.0),
                    counters.articlesPublished() / (elapsed.toMillis() / 1000.0),
                    counters.articlesPublished());
        } else {
            out.printf(
                    Locale.ROOT, "feeds polled per minute:      %.0f over the whole run%n", farm.feedPolls() / minutes);
            out.printf(
                    Locale.ROOT,
                    "articles published per sec:   %.1f (%d articles)%n",
                    counters.articlesPublished() / (elapsed.toMillis() / 1000.0),
                    counters.articlesPublished());
        }
        out.printf(
                Locale.ROOT,
                "peak heap:                    %d MiB sampled, %d MiB at most after a collection, %d MiB live at the"
                        + " end after a full GC (max heap %d MiB, %d collections, pool peaks sum %d MiB;"
                        + " broker in the same JVM)%n",
                heap.maxSampled() / MIB,
                heap.maxAfterGc() / MIB,
                liveAtEnd / MIB,
                Runtime.getRuntime().maxMemory() / MIB,
                heap.collections(),
                heap.poolPeaks() / MIB);
        out.printf(
                Locale.ROOT,
                "max concurrent requests/host: %d (requests closer than ingest.per-host-delay: %d, shortest gap %s)%n",
                farm.maxConcurrentPerHost(),
                farm.gapViolations(),
                farm.minGap() == null ? "n/a" : farm.minGap().toMillis() + " ms");
        out.printf(
                Locale.ROOT,
                "requests:                     %d (robots.txt %d, feeds %d, 304 %d, pages %d, refused %d)%n",
                farm.requests(),
                farm.robots(),
                farm.feedPolls(),
                farm.notModified(),
                farm.pages(),
                farm.refused());
        out.printf(
                Locale.ROOT,
                "ingest fetches by outcome:    %s; transactions committed %d, aborted %d%n",
                nonZero(counters.fetchesByOutcome()),
                counters.transactionsCommitted(),
                counters.transactionsAborted());
        out.printf(Locale.ROOT, "load average at the end:      %s%n", loadAverage());
        out.flush();
        boolean met =
                atCycle != null && atCycle.elapsed().compareTo(CYCLE_TARGET) <= 0 && farm.maxConcurrentPerHost() <= 1;
        return met ? 0 : 1;
    }

    private static String nonZero(Map<FetchOutcome, Long> byOutcome) {
        StringBuilder text = new StringBuilder();
        byOutcome.forEach((outcome, count) -> {
            if (count > 0) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(outcome)
                        .append(' ')
                        .append(count);
            }
        });
        return text.length() == 0 ? "none" : text.toString();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("dealwire-bench-feeds-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
