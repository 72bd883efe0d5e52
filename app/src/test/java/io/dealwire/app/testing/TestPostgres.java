package io.dealwire.app.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL database for one test: the server named by {@code DEALWIRE_TEST_PG_URL} (default the local one on
 * 127.0.0.1:5432) by default, a {@code postgres} container under {@code -Pcontainers} (see {@link TestBackend}). The
 * test is skipped, saying why, when neither can be had.
 */
public final class TestPostgres implements AutoCloseable {
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final DockerImageName IMAGE = DockerImageName.parse("postgres:16-alpine");

    private final String url;
    private final PostgreSQLContainer container;

    private TestPostgres(String url, PostgreSQLContainer container) {
        this.url = url;
        this.container = container;
    }

    /** Connects to the configured server or starts a container; skips the calling test when there is none. */
    public static TestPostgres start() {
        if (TestBackend.current() == TestBackend.CONTAINERS) {
            TestBackend.assumeDocker();
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start();
            String url = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?") + "user="
                    + container.getUsername() + "&password=" + container.getPassword();
            return new TestPostgres(url, container);
        }
        String url = System.getenv().getOrDefault("DEALWIRE_TEST_PG_URL", DEFAULT_URL);
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url)) {
            assumeTrue(c.isValid(3), "PostgreSQL not reachable at " + url + ": set DEALWIRE_TEST_PG_URL");
        } catch (SQLException e) {
            assumeTrue(
                    false,
                    "PostgreSQL not reachable at " + url + " (" + e.getMessage() + "): set DEALWIRE_TEST_PG_URL");
        }
        return new TestPostgres(url, null);
    }

    /** A JDBC URL carrying user and password. */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        if (container != null) {
            container.stop();
        }
    }
}
