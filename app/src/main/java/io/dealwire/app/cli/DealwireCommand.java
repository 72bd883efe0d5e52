package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code dealwire} command; every capability is a subcommand. */
@Command(
        name = "dealwire",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Watches news feeds in many languages and turns articles into typed deal events",
            "(acquisitions, mergers, investments, funding rounds, IPOs, partnerships, divestitures,",
            "regulatory reviews) on Kafka topics and in JSON Lines files.",
            "",
            "Start with:  dealwire run --demo"
        },
        subcommands = {
            RunCommand.class,
            ServiceCommands.Ingest.class,
            ServiceCommands.Enrich.class,
            ServiceCommands.Sink.class,
            TailCommand.class,
            ClassifyCommand.class,
            EvalCommand.class,
            TopicsCommand.class,
            ConfigCommand.class,
            HealthCommand.class,
            InspectCommand.class,
            CommandLine.HelpCommand.class
        })
public final class DealwireCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: configuration and usage errors print one clear line and exit 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DealwireCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("dealwire: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli;
    }
}
