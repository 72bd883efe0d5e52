package io.dealwire.ingest;

import java.time.Duration;
import java.util.Set;

/** Configurations for tests. */
public final class TestConfigs {
    private TestConfigs() {}

    /** Defaults with a short fetch timeout, a small body cap and {@code allowed} in the allow-list. */
    public static IngestConfig allowing(String... allowed) {
        IngestConfig d = IngestConfig.defaults();
        return new IngestConfig(
                d.groupId(),
                d.transactionalIdPrefix(),
                "test",
                d.userAgent(),
                "https://example.org/contact",
                d.minPollInterval(),
                d.defaultPollInterval(),
                d.maxPollInterval(),
                Duration.ofSeconds(2),
                64 * 1024,
                true,
                Set.of(allowed));
    }
}
