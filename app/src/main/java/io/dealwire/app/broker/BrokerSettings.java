package io.dealwire.app.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to start the embedded broker.
 *
 * @param dataDir directory under which the broker keeps its data ({@code <dataDir>/kafka}); created if missing
 * @param port client port on 127.0.0.1; 0 picks a free one
 * @param startTimeout how long to wait for the broker to answer
 * @param overrides broker settings that replace the single-node defaults (e.g. {@code log.retention.hours})
 */
public record BrokerSettings(Path dataDir, int port, Duration startTimeout, Map<String, String> overrides) {
    public BrokerSettings {
        if (dataDir == null) {
            throw new IllegalArgumentException("broker.data-dir must be set");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("broker.port must be between 0 and 65535, was " + port);
        }
        if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("broker start timeout must be positive, was " + startTimeout);
        }
        overrides = Map.copyOf(overrides);
    }

    /** Defaults: the given directory, the given port, 60 s to start, no overrides. */
    public static BrokerSettings of(Path dataDir, int port) {
        return new BrokerSettings(dataDir, port, Duration.ofSeconds(60), Map.of());
    }
}
