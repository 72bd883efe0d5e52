package io.dealwire.app.ops;

import io.dealwire.enrich.EnrichService;
import io.dealwire.ingest.IngestService;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.sink.JsonLinesSinkService;
import io.dealwire.sink.postgres.PostgresSinkService;
import io.dealwire.sink.webhook.WebhookSinkService;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

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
