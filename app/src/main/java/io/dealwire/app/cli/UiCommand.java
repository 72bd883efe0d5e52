package io.dealwire.app.cli;

import io.dealwire.app.config.Settings;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.app.ui.DealDeskService;
import io.dealwire.app.ui.DeskWiring;
import io.dealwire.app.ui.UiConfig;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code dealwire ui}: the deal desk on its own, against a Kafka cluster the stages run on. */
@Command(
        name = "ui",
        mixinStandardHelpOptions = true,
        description = "Serves the deal desk (live deal table, deal pages, charts, operations page and the JSON API) "
                + "against a Kafka cluster: deals are read from deals.current into the desk's own in-memory Kafka "
                + "Streams stores, or from PostgreSQL when sink.postgres.url is set. Binds to ui.bind:ui.port "
                + "(127.0.0.1:8480 by default).")
final class UiCommand extends StageCommand {
    @Override
    AutoCloseable start(Settings settings, Map<String, Object> kafkaProps, Optional<OpsEndpoint> ops) {
        // standalone, the pipeline's counters live in other processes: lag and dead letters come from the cluster
        DealDeskService desk =
                DealDeskService.start(UiConfig.from(settings), DeskWiring.of(settings, kafkaProps, Optional.empty()));
        spec.commandLine().getOut().printf("dealwire ui: deal desk at %s%n", desk.url());
        ops.ifPresent(o -> o.readiness().stage("ui", desk::ready));
        return desk;
    }

    @Override
    String stageName() {
        return "ui";
    }
}
