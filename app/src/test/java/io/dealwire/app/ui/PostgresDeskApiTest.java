package io.dealwire.app.ui;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dealwire.app.testing.TestPostgres;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.postgres.DbRow;
import io.dealwire.sink.postgres.PostgresDealWriter;
import io.dealwire.sink.postgres.PostgresSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same API answered from the PostgreSQL sink's tables (written by the sink's own writer); skipped, saying why,
 * when no PostgreSQL answers at {@code DEALWIRE_TEST_PG_URL}. Change notifications still come from Kafka.
 */
class PostgresDeskApiTest extends DeskApiContract {
    private static TestPostgres postgres;
    private static String schema;

    @BeforeAll
    static void createSchema() throws SQLException {
        postgres = TestPostgres.start();
        try (Connection c = DriverManager.getConnection(postgres.url())) {
            schema = "desk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        try (HikariDataSource migrate = pool()) {
            PostgresSchema.migrate(migrate);
        }
    }

    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.url() + "&currentSchema=" + schema);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    @Override
    void store(List<DeskFixtures.Deal> deals) throws Exception {
        List<DbRow> rows = new ArrayList<>();
        for (var d : deals) {
            var at = d.story().getLastSeenAt();
            rows.add(new DbRow.Story(d.story(), at));
            rows.add(new DbRow.Mention(d.event(), at));
            rows.add(new DbRow.Article(d.article(), at));
        }
        try (HikariDataSource pool = pool()) {
            new PostgresDealWriter(pool).write(rows);
        }
        // the desk's notifications and feeds still come from Kafka: the deals are announced there too
        for (var d : deals) {
            send(Topics.DEALS_CURRENT, Map.of(d.story().getDealId(), d.story()));
        }
    }

    @Override
    Optional<DataSource> postgres() {
        return Optional.of(pool());
    }
}
