package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by commands that read the configuration. */
final class ConfigOptions {
    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "YAML configuration file (keys in the README); environment variables DEALWIRE_* override it.")
    Path configFile;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Overrides data-dir (default: ${DEFAULT-VALUE}).",
            defaultValue = "data")
    Path dataDir;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Overrides kafka.bootstrap-servers.")
    String bootstrapServers;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Sets any configuration key; repeatable.")
    Map<String, String> sets = new HashMap<>();

    Settings load() {
        Map<String, String> overrides = new HashMap<>(sets);
        if (dataDir != null) {
            overrides.putIfAbsent(ConfigKeys.DATA_DIR.name(), dataDir.toString());
        }
        if (bootstrapServers != null) {
            overrides.put(ConfigKeys.BOOTSTRAP_SERVERS.name(), bootstrapServers);
        }
        return Settings.load(Optional.ofNullable(configFile), System.getenv(), overrides);
    }
}
