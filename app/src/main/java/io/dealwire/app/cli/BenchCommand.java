package io.dealwire.app.cli;

import io.dealwire.app.bench.FeedFarmBench;
import io.dealwire.app.bench.ReplayBench;
import io.dealwire.enrich.bench.ExtractionBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dealwire bench}: measurements that print their figures. Speed and memory are measured here, on the machine
 * at hand, never asserted in tests.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures dealwire on this machine and prints the figures (rates, latencies, heap). Each "
                + "benchmark sets up what it needs locally; none touches the internet.",
        subcommands = {
            BenchCommand.Extract.class,
            BenchCommand.Feeds.class,
            BenchCommand.Replay.class,
            BenchCommand.Desk.class
        })
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code dealwire bench extract}: language detection plus deal extraction on one thread. */
    @Command(
            name = "extract",
            mixinStandardHelpOptions = true,
            description =
                    "Runs language detection and deal extraction over a gold-format JSON Lines file on one thread, "
                            + "round-robin, first to warm up and then for the measured period; prints articles per second, "
                            + "50th/99th percentile latency, heap after a full GC and CPU time per article.")
    static final class Extract implements Callable<Integer> {
        @Parameters(paramLabel = "ARTICLES", description = "JSON Lines file: id, title, text, language per line.")
        Path articles;

        @Option(names = "--warm-up", defaultValue = "10", description = "Warm-up seconds (default ${DEFAULT-VALUE}).")
        long warmUp;

        @Option(names = "--measure", defaultValue = "20", description = "Measured seconds (default ${DEFAULT-VALUE}).")
        long measure;

        @Override
        public Integer call() throws Exception {
            ExtractionBench.main(new String[] {articles.toString(), Long.toString(warmUp), Long.toString(measure)});
            return 0;
        }
    }

    /** {@code dealwire bench feeds}: the ingest stage against a local farm of simulated feed hosts. */
    @Command(
            name = "feeds",
            mixinStandardHelpOptions = true,
            description = "Starts an embedded broker in a temporary directory and a local farm of simulated news hosts "
                    + "(each its own loopback address 127.0.x.y, with a simulated latency), imports the farm's feeds "
                    + "into ingest.feeds and runs the real ingest stage until every feed has been polled once, plus "
                    + "--after-cycle. Prints progress, then: time of the first full poll cycle, feeds polled per "
                    + "minute, articles published per second, peak heap and the most requests any one host saw at once"
                    + " (and any gap shorter than the per-host delay). Exit code 0 when the cycle took at most 5 "
                    + "minutes with one request per host at a time. Run it in 512 MB of heap:%n  "
                    + "DEALWIRE_JAVA_OPTS=-Xmx512m ./dealwire bench feeds")
    static final class Feeds implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--feeds",
                defaultValue = "10000",
                description = "Feeds in the farm (default ${DEFAULT-VALUE}).")
        int feeds;

        @Option(names = "--hosts", defaultValue = "500", description = "Simulated hosts (default ${DEFAULT-VALUE}).")
        int hosts;

        @Option(names = "--items", defaultValue = "20", description = "Items per feed (default ${DEFAULT-VALUE}).")
        int items;

        @Option(
                names = "--latency-ms",
                defaultValue = "100",
                description = "Mean response latency in ms, each response 0.5-1.5x (default ${DEFAULT-VALUE}).")
        long latencyMs;

        @Option(
                names = "--new-item-every",
                defaultValue = "PT1M",
                description = "How often each feed gains an item, ISO-8601 (default ${DEFAULT-VALUE}).")
        Duration newItemEvery;

        @Option(
                names = "--per-host-delay",
                defaultValue = "PT2S",
                description = "ingest.per-host-delay of the stage (default ${DEFAULT-VALUE}, the stage's default).")
        Duration perHostDelay;

        @Option(
                names = "--workers",
                defaultValue = "16",
                description = "ingest.workers of the stage (default ${DEFAULT-VALUE}).")
        int workers;

        @Option(
                names = "--after-cycle",
                defaultValue = "PT30S",
                description = "Keep running this long after the first full cycle (default ${DEFAULT-VALUE}).")
        Duration afterCycle;

        @Option(
                names = "--max-duration",
                defaultValue = "PT15M",
                description = "Give up after this long without a full cycle (default ${DEFAULT-VALUE}).")
        Duration maxDuration;

        @Option(
                names = "--progress-every",
                defaultValue = "PT10S",
                description = "Interval of progress lines (default ${DEFAULT-VALUE}).")
        Duration progressEvery;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return FeedFarmBench.run(
                    new FeedFarmBench.Options(
                            feeds,
                            hosts,
                            items,
                            Duration.ofMillis(latencyMs),
                            newItemEvery,
                            perHostDelay,
                            workers,
                            afterCycle,
                            maxDuration,
                            progressEvery),
                    out);
        }
    }

    /** {@code dealwire bench replay}: raw topic → enrich → PostgreSQL, end to end. */
    @Command(
            name = "replay",
            mixinStandardHelpOptions = true,
            description = "Replay throughput end to end: starts an embedded broker in a temporary directory, fills "
                    + "news.articles.raw with synthetic articles in six languages, then runs the enrich stage and the "
                    + "PostgreSQL sink (into a schema of its own, dropped afterwards) until every deal is written. "
                    + "Prints articles enriched/s, rows written/s and both consumer lags every few seconds, then the "
                    + "end-to-end articles/s and the peak heap.")
    static final class Replay implements Callable<Integer> {
        @Option(
                names = "--articles",
                defaultValue = "100000",
                description = "Articles to replay and measure (default ${DEFAULT-VALUE}).")
        int articles;

        @Option(
                names = "--warm-up",
                defaultValue = "50000",
                description = "Articles replayed first to warm the JVM up (class loading, JIT), not measured; the"
                        + " cold figures over the whole run are printed too. 0 measures from a cold start"
                        + " (default ${DEFAULT-VALUE}).")
        int warmup;

        @Option(
                names = "--pg-url",
                description =
                        "PostgreSQL JDBC URL (default: DEALWIRE_TEST_PG_URL or the local server's test database).")
        String pgUrl;

        @Option(names = "--threads", description = "Enrich stream threads (default: the number of cores).")
        Integer threads;

        @Option(
                names = "--batch-size",
                defaultValue = "1000",
                description = "PostgreSQL sink records per transaction (default ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(
                names = "--report-every",
                defaultValue = "5s",
                description = "Time between progress lines (default ${DEFAULT-VALUE}).")
        String reportEvery;

        @Option(
                names = "--timeout",
                defaultValue = "30m",
                description = "Give up after this long (default ${DEFAULT-VALUE}).")
        String timeout;

        @Option(
                names = "--kafka",
                paramLabel = "KEY=VALUE",
                description = "Kafka Streams or client setting for the enrich stage and the sink, e.g."
                        + " commit.interval.ms=1000; repeatable.")
        Map<String, String> kafka = new HashMap<>();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String url = pgUrl != null
                    ? pgUrl
                    : System.getenv()
                            .getOrDefault(
                                    "DEALWIRE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            int cores = Runtime.getRuntime().availableProcessors();
            PrintWriter out = spec.commandLine().getOut();
            return ReplayBench.run(
                    new ReplayBench.Options(
                            articles,
                            warmup,
                            url,
                            duration(reportEvery),
                            threads == null ? cores : threads,
                            batchSize,
                            duration(timeout),
                            Map.copyOf(kafka)),
                    out);
        }

        private static Duration duration(String text) {
            return Duration.parse("PT" + text.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** {@code dealwire bench desk}: the deal desk's queries over many generated deals. */
    @Command(
            name = "desk",
            mixinStandardHelpOptions = true,
            description =
                    "Times the deal desk's questions (first page, filters, a deep page, chart statistics, JSON) over"
                            + " generated deals held in memory; prints the median and 99th percentile of each.")
    static final class Desk implements Callable<Integer> {
        @Option(names = "--deals", defaultValue = "10000", description = "Deals generated (default ${DEFAULT-VALUE}).")
        int deals;

        @Option(
                names = "--rounds",
                defaultValue = "50",
                description = "Timed calls of each (default ${DEFAULT-VALUE}).")
        int rounds;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (deals < 1 || rounds < 1) {
                throw new IllegalArgumentException("--deals and --rounds must be at least 1");
            }
            io.dealwire.app.ui.DeskBench.run(deals, rounds, spec.commandLine().getOut());
            return 0;
        }
    }
}
