package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code dealwire} command; every capability is a subcommand. */
@Command(
        name = "dealwire",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Watches news feeds in many languages and turns articles into typed deal events (acquisitions, "
                + "mergers, investments, funding rounds, IPOs, partnerships, divestitures, regulatory reviews) on "
                + "Kafka topics and in JSON Lines files.%n%nStart with:  dealwire run --demo",
        subcommands = {
            RunCommand.class,
            ServiceCommands.Ingest.class,
            ServiceCommands.Enrich.class,
            ServiceCommands.Sink.class,
            UiCommand.class,
            TailCommand.class,
            ReplayCommand.class,
            BackfillCommand.class,
            ClassifyCommand.class,
            EvalCommand.class,
            TrainScorerCommand.class,
            FeedsCommand.class,
            DlqCommand.class,
            TopicsCommand.class,
            ConfigCommand.class,
            HealthCommand.class,
            InspectCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class DealwireCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Throwable kafkaCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.KafkaException) {
                return t;
            }
        }
        return null;
    }

    /** The configured command line: configuration and usage errors print one clear line and exit 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DealwireCommand());
        CommandSummaries.install(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("dealwire: " + e.getMessage());
                return 2;
            }
            Throwable kafka = kafkaCause(e);
            if (kafka != null) {
                // The cluster refused or did not answer: say so in one line; the stack trace helps nobody.
                commandLine
                        .getErr()
                        .println("dealwire: Kafka: " + kafka.getMessage()
                                + (kafka.getCause() != null
                                        ? " (" + kafka.getCause().getMessage() + ")"
                                        : ""));
                return 1;
            }
            throw e;
        });
        return cli;
    }
}
