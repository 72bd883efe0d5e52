package io.dealwire.app.bench;

import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.app.broker.EmbeddedBroker;
import io.dealwire.enrich.EnrichConfig;
import io.dealwire.enrich.EnrichService;
import io.dealwire.enrich.language.LanguageDetector;
import io.dealwire.enrich.topology.EnrichCounters;
import io.dealwire.enrich.topology.EnrichTopology;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.postgres.PostgresSinkConfig;
import io.dealwire.sink.postgres.PostgresSinkService;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Replay throughput end to end on this machine: an embedded broker in a temporary directory, {@code
 * news.articles.raw} filled with synthetic articles ({@link ReplayBenchArticles}), then the real enrich stage and the
 * PostgreSQL sink (into a fresh schema) started together, as a replay from the beginning would run them. Prints the
 * rates and both consumer lags every few seconds, then the end-to-end rate from the start of enrichment until the
 * sink has written the last deal mention and consumed everything, and the peak heap.
 *
 * <p>The first {@code warmup} articles of the topic warm the JVM up (class loading, the JIT compiling the broker, the
 * stage and the sink: tens of CPU seconds on a small machine). The measured figures cover the {@code articles} after
 * them, from the moment the last warm-up article was enriched until the sink has written everything, so the sink's
 * backlog of warm-up rows counts against the measured phase, never for it. The cold figures over the whole run are
 * printed as well.
 */
public final class ReplayBench {
    /**
     * What to run.
     *
     * @param articles raw articles to replay and measure, at least 1
     * @param warmup raw articles replayed before them to warm the JVM up, not measured; 0 for none
     * @param pgUrl JDBC URL of the PostgreSQL database; the benchmark makes its own schema there and drops it after
     * @param report time between two progress lines
     * @param enrichThreads Kafka Streams threads of the enrich stage
     * @param sinkBatch records per poll and transaction of the PostgreSQL sink
     * @param timeout give up after this long
     * @param kafkaSettings Kafka Streams and client settings passed to the enrich stage and the sink
     */
    public record Options(
            int articles,
            int warmup,
            String pgUrl,
            Duration report,
            int enrichThreads,
            int sinkBatch,
            Duration timeout,
            Map<String, String> kafkaSettings) {
        public Options {
            if (articles < 1) {
                throw new IllegalArgumentException("articles must be at least 1, was " + articles);
            }
            if (warmup < 0) {
                throw new IllegalArgumentException("warmup must not be negative, was " + warmup);
            }
            Objects.requireNonNull(pgUrl, "pgUrl must not be null");
            Objects.requireNonNull(report, "report must not be null");
            Objects.requireNonNull(timeout, "timeout must not be null");
            kafkaSettings = Map.copyOf(kafkaSettings);
        }

        int total() {
            return warmup + articles;
        }
    }

    /** Where the run stood when the last warm-up article was enriched. */
    private record Mark(long nanos, double cpuSeconds, long written) {}

    private static final long SEED = 20261122L;
    private static final Duration SAMPLE = Duration.ofMillis(250);

    private final Options options;
    private final PrintWriter out;
    private long peakHeap;
    private double cpuAtStart;

    private ReplayBench(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the benchmark, printing to {@code out}; returns 0 when the sink caught up before the timeout, else 1. */
    public static int run(Options options, PrintWriter out) throws Exception {
        return new ReplayBench(options, out).run();
    }

    private int run() throws Exception {
        Path dir = Files.createTempDirectory("dealwire-bench-replay");
        String schema = "bench_replay_" + Long.toHexString(System.nanoTime());
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.of(dir.resolve("broker"), 0))) {
            Map<String, Object> kafka = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(kafka)) {
                new TopicCreator(admin, 1).createMissing(Topics.ALL);
            }
            fill(kafka);
            execute(options.pgUrl(), "CREATE SCHEMA " + schema);
            try {
                Map<String, Object> stageProps = new HashMap<>(kafka);
                stageProps.putAll(options.kafkaSettings());
                return measure(stageProps, dir, withSchema(options.pgUrl(), schema));
            } finally {
                execute(options.pgUrl(), "DROP SCHEMA " + schema + " CASCADE");
            }
        } finally {
            deleteTree(dir);
        }
    }

    private void fill(Map<String, Object> kafka) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long start = System.nanoTime();
        long bytes = 0;
        try (var producer = new KafkaProducer<>(
                props,
                new StringSerializer(),
                Topics.ARTICLES_RAW.valueSerde().get().serializer())) {
            for (int i = 0; i < options.total(); i++) {
                RawArticle article = ReplayBenchArticles.article(SEED, i);
                bytes += article.getTitle().length() + article.getText().length();
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), article.getArticleId(), article));
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(
                Locale.ROOT,
                "filled %s with %,d synthetic articles (%,d to warm up, %,d measured; %.0f characters on average)"
                        + " in %.1f s%n",
                Topics.ARTICLES_RAW.name(),
                options.total(),
                options.warmup(),
                options.articles(),
                (double) bytes / options.total(),
                seconds);
        out.printf(Locale.ROOT, "load before the run: %s%n", loadAverage());
        out.flush();
    }

    private int measure(Map<String, Object> kafka, Path dir, String jdbcUrl) throws Exception {
        EnrichConfig enrichConfig = new EnrichConfig(
                "bench-enrich",
                dir.resolve("streams"),
                LanguageDetector.defaultLanguages(),
                1,
                options.enrichThreads(),
                EnrichTopology.DEFAULT_MAX_RECORD_BYTES);
        PostgresSinkConfig sinkConfig = PostgresSinkConfig.defaults(jdbcUrl).withGroupId("bench-sink-postgres");
        sinkConfig = new PostgresSinkConfig(
                sinkConfig.jdbcUrl(),
                "",
                "",
                sinkConfig.groupId(),
                options.sinkBatch(),
                sinkConfig.pollTimeout(),
                sinkConfig.maxRetryBackoff(),
                sinkConfig.connectTimeout());
        out.printf(
                Locale.ROOT,
                "enrich: %d stream thread(s); sink: batches of %d; %d cores; Kafka settings %s%n",
                options.enrichThreads(),
                options.sinkBatch(),
                Runtime.getRuntime().availableProcessors(),
                options.kafkaSettings());
        out.println("     s   enriched  articles/s  deal events  rows written  rows/s  enrich lag  sink lag  heap MB");
        out.flush();
        long start = System.nanoTime();
        cpuAtStart = processCpuSeconds();
        try (EnrichService enrich = new EnrichService(enrichConfig, kafka);
                PostgresSinkService sink = new PostgresSinkService(sinkConfig, kafka)) {
            enrich.start();
            sink.start();
            return follow(enrich, sink, jdbcUrl, start);
        }
    }

    private int follow(EnrichService enrich, PostgresSinkService sink, String jdbcUrl, long start) throws Exception {
        long lastReport = start;
        long lastEnriched = 0;
        long lastWritten = 0;
        long enrichDoneAt = 0;
        Mark warm = options.warmup() == 0 ? new Mark(start, cpuAtStart, 0) : null;
        long deadline = start + options.timeout().toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(SAMPLE.toMillis());
            sampleHeap();
            EnrichCounters c = enrich.counters();
            long processed = c.articles() + c.duplicates() + c.deadLetters();
            long now = System.nanoTime();
            long written = sink.counters().written();
            if (warm == null && processed >= options.warmup()) {
                warm = new Mark(now, processCpuSeconds(), written);
                out.printf(
                        Locale.ROOT,
                        "-- warm-up done after %.1f s: the measured phase starts (%,d articles)%n",
                        (now - start) / 1e9,
                        options.articles());
                out.flush();
            }
            if (enrichDoneAt == 0 && processed >= options.total()) {
                enrichDoneAt = now;
            }
            if (now - lastReport >= options.report().toNanos()) {
                double seconds = (now - lastReport) / 1e9;
                out.printf(
                        Locale.ROOT,
                        "%6.0f %10d %11.0f %12d %13d %7.0f %11d %9.0f %8d%n",
                        (now - start) / 1e9,
                        c.articles(),
                        (c.articles() - lastEnriched) / seconds,
                        c.dealEvents(),
                        written,
                        (written - lastWritten) / seconds,
                        options.total() - processed,
                        sink.consumerLag(),
                        usedHeap() >> 20);
                out.flush();
                lastReport = now;
                lastEnriched = c.articles();
                lastWritten = written;
            }
            if (enrichDoneAt != 0 && sink.consumerLag() == 0 && caughtUp(jdbcUrl, c)) {
                summary(enrich, sink, jdbcUrl, start, warm, enrichDoneAt, System.nanoTime());
                return 0;
            }
        }
        out.printf(Locale.ROOT, "timed out after %s: the sink did not catch up%n", options.timeout());
        out.flush();
        return 1;
    }

    /** True when every enriched article and every deal event has its row. */
    private static boolean caughtUp(String jdbcUrl, EnrichCounters c) throws SQLException {
        return count(jdbcUrl, "deal_mentions") == c.dealEvents() && count(jdbcUrl, "articles") == c.articles();
    }

    private void summary(
            EnrichService enrich,
            PostgresSinkService sink,
            String jdbcUrl,
            long start,
            Mark warm,
            long enrichDone,
            long end)
            throws SQLException {
        EnrichCounters c = enrich.counters();
        double cpu = processCpuSeconds();
        out.printf(
                Locale.ROOT,
                "done: %,d articles enriched (%,d duplicates, %,d dead letters), %,d deal events%n",
                c.articles(),
                c.duplicates(),
                c.deadLetters(),
                c.dealEvents());
        out.printf(
                Locale.ROOT,
                "rows: %,d deal_mentions, %,d deals, %,d articles; sink wrote %,d rows, %,d dead letters%n",
                count(jdbcUrl, "deal_mentions"),
                count(jdbcUrl, "deals"),
                count(jdbcUrl, "articles"),
                sink.counters().written(),
                sink.counters().deadLettered());
        int measured = options.articles();
        double seconds = (end - warm.nanos()) / 1e9;
        double enrichSeconds = (enrichDone - warm.nanos()) / 1e9;
        String phase =
                options.warmup() == 0 ? "" : String.format(Locale.ROOT, " after %,d to warm up", options.warmup());
        out.printf(
                Locale.ROOT,
                "measured: %,d articles%s%n  enrich alone: %.1f s, %.0f articles/s%n"
                        + "  end to end:   %.1f s, %.0f articles/s (until the sink wrote the last row; %,d rows"
                        + " written in this phase, %.0f rows/s)%n"
                        + "  CPU of this process (broker, enrich, sink): %.1f s, %.2f ms per article; the machine has"
                        + " %d cores%n",
                measured,
                phase,
                enrichSeconds,
                measured / enrichSeconds,
                seconds,
                measured / seconds,
                sink.counters().written() - warm.written(),
                (sink.counters().written() - warm.written()) / seconds,
                cpu - warm.cpuSeconds(),
                (cpu - warm.cpuSeconds()) * 1000 / measured,
                Runtime.getRuntime().availableProcessors());
        if (options.warmup() > 0) {
            double all = (end - start) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "cold, the whole run: %,d articles in %.1f s, %.0f articles/s end to end; CPU %.2f ms per article%n",
                    options.total(),
                    all,
                    options.total() / all,
                    (cpu - cpuAtStart) * 1000 / options.total());
        }
        out.printf(
                Locale.ROOT,
                "peak heap: %d MB sampled, %d MB by memory pools; max heap %d MB%n",
                peakHeap >> 20,
                poolPeaks() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "load after the run: %s%n", loadAverage());
        out.flush();
    }

    private void sampleHeap() {
        peakHeap = Math.max(peakHeap, usedHeap());
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(u -> u == null ? 0 : u.getUsed())
                .sum();
    }

    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f (1 min)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long count(String jdbcUrl, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return -1; // the sink has not created its tables yet
            }
            throw e;
        }
    }

    private static void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
