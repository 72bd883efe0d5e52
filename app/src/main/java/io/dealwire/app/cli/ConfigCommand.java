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
            description = "Validates the configuration (file, environment, --set) without starting anything: prints "
                    + "'configuration is valid' and exits 0, or names the key, the rule and the bad value and exits 2.")
    static final class Check implements Runnable {
        @Mixin
        ConfigOptions config;

        @picocli.CommandLine.Parameters(
                arity = "0..1",
                paramLabel = "FILE",
                description = "The YAML file to check (the same as -c FILE).")
        java.nio.file.Path file;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (file != null) {
                if (config.configFile != null && !config.configFile.equals(file)) {
                    throw new IllegalArgumentException("give the file once: either FILE or -c FILE, not both");
                }
                config.configFile = file;
            }
            Settings settings = config.load();
            StageConfigs.broker(settings);
            StageConfigs.ingest(settings);
            StageConfigs.enrich(settings, 1);
            StageConfigs.jsonLinesSink(settings);
            StageConfigs.postgresSink(settings);
            StageConfigs.webhookSink(settings);
            StageConfigs.httpPort(settings);
            spec.commandLine().getOut().println("configuration is valid");
        }
    }
}
