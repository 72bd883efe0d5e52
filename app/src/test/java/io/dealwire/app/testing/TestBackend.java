package io.dealwire.app.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.testcontainers.DockerClientFactory;

/**
 * Which real services the integration tests run against, chosen by the {@code dealwire.test.backend} system property
 * that Maven sets: {@code embedded} (the default: the in-process KRaft broker and the PostgreSQL named by {@code
 * DEALWIRE_TEST_PG_URL}) or {@code containers} ({@code mvn verify -Pcontainers}: {@code apache/kafka} and {@code
 * postgres} containers through Testcontainers). The test bodies are the same either way.
 */
public enum TestBackend {
    EMBEDDED,
    CONTAINERS;

    static final String PROPERTY = "dealwire.test.backend";

    /** The backend this test run asked for. */
    public static TestBackend current() {
        String value = System.getProperty(PROPERTY, "embedded").trim();
        return switch (value) {
            case "", "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            default ->
                throw new IllegalStateException(PROPERTY + " must be 'embedded' or 'containers', not '" + value + "'");
        };
    }

    /** Skips the calling test, saying why, when containers were asked for and no Docker engine answers. */
    static void assumeDocker() {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        assumeTrue(docker, "-Pcontainers asks for Kafka and PostgreSQL containers, but no Docker engine answers here");
    }
}
