package io.dealwire.enrich.bench;

import io.dealwire.enrich.deal.ArticleInput;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.eval.GoldArticle;
import io.dealwire.enrich.language.DetectedLanguage;
import io.dealwire.enrich.language.LanguageDetector;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Measures the enrich stage's language detection plus deal extraction on one thread: {@code ExtractionBench
 * <articles.jsonl> [warm-up seconds] [measured seconds]} (defaults 10 and 20). The file is in the gold format (id,
 * title, text, language; deals are ignored) and is read over and over, first to warm up, then for the measured period.
 * Prints articles per second, the 50th and 99th percentile latency per article, the heap in use after a full GC and
 * the thread's CPU time per article.
 */
public final class ExtractionBench {
    private static final int MAX_SAMPLES = 5_000_000;

    private ExtractionBench() {}

    /** Entry point; exits with status 2 on a usage or read error. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBench <articles.jsonl> [warm-up seconds] [measured seconds]");
            System.exit(2);
        }
        List<GoldArticle> articles;
        try (var in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            articles = GoldArticle.readJsonLines(in);
        }
        if (articles.isEmpty()) {
            System.err.println("no articles in " + args[0]);
            System.exit(2);
        }
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        Duration measured = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
        Stage stage = new Stage();
        run(stage, articles, warmUp, new long[0]);
        stage.deals = 0;
        long[] samples = new long[MAX_SAMPLES];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        int count = run(stage, articles, measured, samples);
        double seconds = (System.nanoTime() - started) / 1e9;
        // On a shared machine wall time includes waiting for a core; CPU time is what the stage itself costs.
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        long[] measuredSamples = Arrays.copyOf(samples, Math.min(count, samples.length));
        System.out.print(report(count, seconds, measuredSamples, stage));
        System.out.printf(
                "cpu per article   %.3f ms (%.0f articles per CPU-second)%n",
                cpuSeconds * 1e3 / count, count / cpuSeconds);
    }

    /** Processes articles round-robin until {@code period} has passed; records per-article nanoseconds. */
    private static int run(Stage stage, List<GoldArticle> articles, Duration period, long[] samples) {
        long deadline = System.nanoTime() + period.toNanos();
        int count = 0;
        while (System.nanoTime() < deadline) {
            for (GoldArticle article : articles) {
                long t0 = System.nanoTime();
                stage.process(article);
                long elapsed = System.nanoTime() - t0;
                if (count < samples.length) {
                    samples[count] = elapsed;
                }
                count++;
            }
        }
        return count;
    }

    private static String report(int count, double seconds, long[] samples, Stage stage) {
        Arrays.sort(samples);
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heap = memory.getHeapMemoryUsage().getUsed();
        return String.format(
                "articles          %d in %.1f s%n"
                        + "throughput        %.0f articles/s (one thread)%n"
                        + "latency p50       %.3f ms%n"
                        + "latency p99       %.3f ms%n"
                        + "heap after GC     %.1f MB (max %.0f MB)%n"
                        + "deals per article %.2f%n",
                count,
                seconds,
                count / seconds,
                percentile(samples, 0.50) / 1e6,
                percentile(samples, 0.99) / 1e6,
                heap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                (double) stage.deals / Math.max(1, count));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** The enrich stage's work per article, as the topology does it: detect the language, then extract. */
    private static final class Stage {
        private final LanguageDetector detector = LanguageDetector.forLanguages(LanguageDetector.defaultLanguages());
        private final DealExtractor extractor = DealExtractor.withDefaultLexicons();
        private long deals;

        void process(GoldArticle article) {
            DetectedLanguage language =
                    detector.detect(article.title() + "\n" + article.text(), Optional.ofNullable(article.language()));
            deals += extractor
                    .extract(new ArticleInput(article.title(), article.text(), language.code()))
                    .size();
        }
    }
}
