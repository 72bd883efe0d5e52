package io.dealwire.sink.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A schema of its own on the test PostgreSQL server ({@code DEALWIRE_TEST_PG_URL}); the test class is skipped,
 * saying why, when no server answers.
 */
final class TestDatabase implements AutoCloseable {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String baseUrl;
    private final String schema;

    private TestDatabase(String baseUrl, String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    /** Creates a fresh schema, or skips the calling test class when the server cannot be reached. */
    static TestDatabase create() throws SQLException {
        String url = System.getenv().getOrDefault("DEALWIRE_TEST_PG_URL", DEFAULT_URL);
        DriverManager.setLoginTimeout(3);
        try (Connection probe = DriverManager.getConnection(url)) {
            assumeTrue(probe.isValid(3), "PostgreSQL not reachable at " + url + ": set DEALWIRE_TEST_PG_URL");
        } catch (SQLException e) {
            assumeTrue(
                    false,
                    "PostgreSQL not reachable at " + url + " (" + e.getMessage() + "): set DEALWIRE_TEST_PG_URL");
        }
        String schema =
                "sink_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase db = new TestDatabase(url, schema.toLowerCase(Locale.ROOT));
        db.execute("CREATE SCHEMA " + db.schema);
        return db;
    }

    /** The URL whose connections work in this schema. */
    String url() {
        return withParameter(baseUrl, "currentSchema=" + schema);
    }

    /** The same URL through another port on 127.0.0.1, e.g. a {@link TcpProxy}. */
    String urlThroughPort(int port) {
        URI uri = URI.create(url().substring("jdbc:".length()));
        return "jdbc:postgresql://127.0.0.1:" + port + uri.getRawPath() + "?" + uri.getRawQuery();
    }

    int port() {
        int port = URI.create(baseUrl.substring("jdbc:".length())).getPort();
        return port < 0 ? 5432 : port;
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row of {@code sql}, each as its columns' text joined by {@code |} (null as {@code null}). */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }
}
