package io.dealwire.app.cli;

import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.app.pipeline.DealConsoleFormat;
import io.dealwire.app.pipeline.DealTail;
import io.dealwire.sink.json.DealEventJson;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dealwire tail}: prints deal events from the topic as they arrive. */
@Command(
        name = "tail",
        mixinStandardHelpOptions = true,
        description = "Prints deal events from deals.events as they arrive (committed events only). Connects to "
                + "kafka.bootstrap-servers, or to the embedded broker of a running 'dealwire run' "
                + "(127.0.0.1:<broker.port>). It joins no consumer group and moves no offsets.")
final class TailCommand implements Runnable {
    @Mixin
    ConfigOptions config;

    @Option(
            names = "--from",
            paramLabel = "WHEN",
            description =
                    "Where to start: 'beginning', 'now' (default), an ISO instant (2026-03-01T00:00:00Z) or a date (2026-03-01, UTC).",
            defaultValue = "now")
    String from;

    @Option(names = "--json", description = "Print each event as a JSON line (the sink's format) instead of a summary.")
    boolean json;

    @Option(
            names = "--type",
            split = ",",
            paramLabel = "TYPE",
            description = "Only these deal types, e.g. ACQUISITION,MERGER.")
    java.util.Set<io.dealwire.schemas.avro.DealType> types = java.util.Set.of();

    @Option(
            names = "--company",
            paramLabel = "NAME",
            description = "Only deals naming this company (case and corporate suffixes ignored, whole-word prefix).")
    String company;

    @Option(
            names = "--language",
            split = ",",
            paramLabel = "CODE",
            description = "Only articles in these languages (ISO 639-1).")
    java.util.Set<String> languages = java.util.Set.of();

    @Option(
            names = "--min-amount",
            paramLabel = "AMOUNT",
            description = "Only deals of at least this amount, with its currency, e.g. 1000000000USD or '1e9 EUR'.")
    String minAmount;

    @Option(
            names = {"-n", "--limit"},
            paramLabel = "N",
            description = "Stop after N events.")
    Long limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private GracefulShutdown shutdown;

    @Override
    public void run() {
        Settings settings = config.load();
        Map<String, Object> props = new HashMap<>(StageConfigs.clientProps(settings));
        PrintWriter out = spec.commandLine().getOut();
        Optional<Instant> startAt = start(from);
        shutdown = GracefulShutdown.onSignal(); // only for the command that runs, never at parse time
        java.util.function.Predicate<io.dealwire.schemas.avro.DealEvent> wanted =
                DealFilter.of(types, company, languages, minAmount);
        long max = limit == null ? Long.MAX_VALUE : limit;
        long[] printed = {0};
        DealTail[] self = new DealTail[1];
        try (DealTail tail = new DealTail(props, startAt, event -> {
            if (!wanted.test(event) || printed[0] >= max) {
                return;
            }
            if (++printed[0] >= max) {
                self[0].close(); // stops after this event: --limit counts printed events
            }
            out.println(json ? DealEventJson.toJson(event) : DealConsoleFormat.format(event));
            out.flush();
        })) {
            Thread stopper = new Thread(
                    () -> {
                        shutdown.awaitStopRequest();
                        tail.close();
                    },
                    "dealwire-tail-stop");
            stopper.setDaemon(true);
            stopper.start();
            self[0] = tail;
            tail.run(Long.MAX_VALUE);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new IllegalArgumentException(
                    "cannot reach Kafka at " + props.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)
                            + " (is 'dealwire run' running, or is --bootstrap-servers right?): " + e.getMessage());
        } finally {
            shutdown.closed();
        }
    }

    static Optional<Instant> start(String from) {
        String value = from.trim();
        if (value.equalsIgnoreCase("now") || value.equalsIgnoreCase("latest")) {
            return Optional.empty();
        }
        if (value.equalsIgnoreCase("beginning") || value.equalsIgnoreCase("earliest")) {
            return Optional.of(Instant.EPOCH);
        }
        try {
            return Optional.of(
                    value.length() == 10
                            ? LocalDate.parse(value)
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant()
                            : Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--from must be beginning, now, an ISO instant or a date, was '" + from + "'");
        }
    }
}
