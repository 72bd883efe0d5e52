package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigKey;
import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code dealwire config}: lists the configuration keys or checks a configuration. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "Lists every configuration key, or checks a configuration file without starting anything.",
        subcommands = {ConfigCommand.Keys.class, ConfigCommand.Check.class})
final class ConfigCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "keys",
            mixinStandardHelpOptions = true,
            description = "Prints every key with its environment variable, default and meaning.")
    static final class Keys implements Runnable {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Option(names = "--markdown", description = "Print the README's configuration table.")
        boolean markdown;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            if (markdown) {
                out.println("| key | default | meaning |");
                out.println("| --- | --- | --- |");
                for (ConfigKey key : ConfigKeys.ALL) {
                    String shown = key.defaultValue().isEmpty() ? "(unset)" : "`" + key.defaultValue() + "`";
                    out.printf(
                            "| `%s` | %s | %s |%n",
                            key.name(), shown, key.description().replace("<data-dir>", "`<data-dir>`"));
                }
                return;
            }
            for (ConfigKey key : ConfigKeys.ALL) {
                out.printf(
                        "%-30s %-38s default: %s%n    %s%n",
                        key.name(),
                        key.environmentVariable(),
                        key.defaultValue().isEmpty() ? "(unset)" : key.defaultValue(),
                        key.description());
            }
            out.printf(
                    "%-30s pass any Kafka client setting through, e.g. kafka.client.security.protocol=SSL%n",
                    ConfigKeys.KAFKA_CLIENT_PREFIX + "*");
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Validates the configuration (file, environment, --set) and exits 0 when valid, 2 otherwise.")
    static final class Check implements Runnable {
        @Mixin
        ConfigOptions config;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Settings settings = config.load();
            StageConfigs.broker(settings);
            StageConfigs.ingest(settings);
            StageConfigs.enrich(settings, 1);
            StageConfigs.jsonLinesSink(settings);
            StageConfigs.postgresSink(settings);
            StageConfigs.webhookSink(settings);
            settings.integer(io.dealwire.app.config.ConfigKeys.HTTP_PORT);
            spec.commandLine().getOut().println("configuration is valid");
        }
    }
}
