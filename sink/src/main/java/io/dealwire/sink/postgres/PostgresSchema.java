package io.dealwire.sink.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The sink's tables, created and upgraded by Flyway from {@code db/migration/V*.sql} on the classpath. */
public final class PostgresSchema {
    private PostgresSchema() {}

    /**
     * Applies every pending migration to the connection's current schema (set it with {@code currentSchema} in the
     * JDBC URL); a no-op when the schema is up to date.
     *
     * @return how many migrations were applied
     * @throws org.flywaydb.core.api.FlywayException when the database cannot be reached or a migration fails
     */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(PostgresSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
