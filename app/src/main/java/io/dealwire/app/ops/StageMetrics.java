package io.dealwire.app.ops;

import io.dealwire.enrich.EnrichService;
import io.dealwire.ingest.IngestCounters;
import io.dealwire.ingest.IngestService;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.sink.JsonLinesSinkService;
import io.dealwire.sink.postgres.PostgresSinkService;
import io.dealwire.sink.webhook.WebhookSinkService;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.time.Duration;
import java.util.function.ToIntFunction;

/**
 * Registers each stage's running totals as Prometheus counters ({@code dealwire_<stage>_…_total}) and the JVM's
 * own metrics. Counters read the stages' counters when scraped; nothing is counted twice.
 */
public final class StageMetrics {
    private StageMetrics() {}

    public static void jvm(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public static void ingest(IngestService ingest, MeterRegistry registry) {
        for (FetchOutcome outcome : FetchOutcome.values()) {
            FunctionCounter.builder(
                            "dealwire.ingest.fetches", ingest, s -> s.counters().fetches(outcome))
                    .description("Feed fetches by outcome (OK, NOT_MODIFIED or a typed error code)")
                    .tag("outcome", outcome.name())
                    .register(registry);
        }
        FunctionCounter.builder(
                        "dealwire.ingest.articles.published",
                        ingest,
                        s -> s.counters().articlesPublished())
                .description("Articles written to news.articles.raw in committed transactions")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.ingest.bytes.fetched",
                        ingest,
                        s -> s.counters().bytesFetched())
                .description("Decompressed bytes of feed bodies read")
                .baseUnit("bytes")
                .register(registry);
        Timer latency = Timer.builder("dealwire.ingest.fetch.latency")
                .description("Time of one HTTP request (feed, article page or robots.txt), redirects and body"
                        + " included, not counting the wait for the host's turn")
                .serviceLevelObjectives(FETCH_LATENCY_BUCKETS)
                .register(registry);
        ingest.counters().addFetchListener((outcome, took) -> latency.record(took));
        hostQueueGauge(
                registry,
                ingest,
                "dealwire.ingest.host.queue.hosts",
                "Hosts with due feeds waiting for their turn (a request in flight or the per-host pause)",
                IngestCounters.HostQueues::hosts);
        hostQueueGauge(
                registry,
                ingest,
                "dealwire.ingest.host.queue.feeds",
                "Due feeds waiting for their host's turn or a free worker, over all hosts",
                IngestCounters.HostQueues::total);
        hostQueueGauge(
                registry,
                ingest,
                "dealwire.ingest.host.queue.max",
                "Due feeds waiting for the host with the most waiting",
                IngestCounters.HostQueues::max);
        hostQueueGauge(
                registry,
                ingest,
                "dealwire.ingest.polls.in.flight",
                "Feed polls running on workers",
                IngestCounters.HostQueues::inFlight);
    }

    /** Upper bounds of the fetch latency histogram's buckets. */
    static final Duration[] FETCH_LATENCY_BUCKETS = {
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(20)
    };

    // per-host queues are summarised, not one series per host: a deployment polls thousands of hosts
    private static void hostQueueGauge(
            MeterRegistry registry,
            IngestService ingest,
            String name,
            String description,
            ToIntFunction<IngestCounters.HostQueues> figure) {
        Gauge.builder(name, ingest, s -> figure.applyAsInt(s.counters().hostQueues()))
                .description(description)
                .register(registry);
    }

    public static void enrich(EnrichService enrich, MeterRegistry registry) {
        FunctionCounter.builder(
                        "dealwire.enrich.articles", enrich, s -> s.counters().articles())
                .description("Articles enriched")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.enrich.duplicates", enrich, s -> s.counters().duplicates())
                .description("Articles skipped as already enriched")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.enrich.deal.events", enrich, s -> s.counters().dealEvents())
                .description("Deal events written to deals.events")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.enrich.partial.extractions",
                        enrich,
                        s -> s.counters().partialExtractions())
                .description("Articles the extractor read only in part (past its length or work bounds)")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.enrich.dead.letters",
                        enrich,
                        s -> s.counters().deadLetters())
                .description("Records the enrich stage sent to news.dlq")
                .register(registry);
        Gauge.builder("dealwire.enrich.consumer.lag", enrich, EnrichService::consumerLag)
                .description("Records of news.articles.raw and deals.events not yet processed by this instance")
                .register(registry);
    }

    public static void sink(JsonLinesSinkService sink, MeterRegistry registry) {
        FunctionCounter.builder(
                        "dealwire.sink.jsonl.written", sink, s -> s.counters().written())
                .description("Deal events written to JSON Lines files")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.sink.jsonl.duplicates",
                        sink,
                        s -> s.counters().skippedDuplicates())
                .description("Deal events skipped because their file already held them")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.sink.jsonl.dead.letters",
                        sink,
                        s -> s.counters().deadLettered())
                .description("Records the JSON Lines sink sent to news.dlq")
                .register(registry);
    }

    public static void postgres(PostgresSinkService sink, MeterRegistry registry) {
        FunctionCounter.builder(
                        "dealwire.sink.postgres.written",
                        sink,
                        s -> s.counters().written())
                .description("Rows written to PostgreSQL")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.sink.postgres.unchanged",
                        sink,
                        s -> s.counters().skippedDuplicates())
                .description("Records whose row already held them or newer")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.sink.postgres.dead.letters",
                        sink,
                        s -> s.counters().deadLettered())
                .description("Records the database rejected, sent to news.dlq")
                .register(registry);
    }

    public static void webhook(WebhookSinkService sink, MeterRegistry registry) {
        FunctionCounter.builder(
                        "dealwire.sink.webhook.delivered",
                        sink,
                        s -> s.counters().delivered())
                .description("Deal events delivered to webhook endpoints")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.sink.webhook.retried", sink, s -> s.counters().retried())
                .description("Delivery attempts retried")
                .register(registry);
        FunctionCounter.builder(
                        "dealwire.sink.webhook.dead.letters",
                        sink,
                        s -> s.counters().deadLettered())
                .description("Deliveries rejected for good, sent to news.dlq")
                .register(registry);
    }
}
