package io.dealwire.sink.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upserts rows into the sink's tables, all of one call in one transaction; a row only replaces a stored row with
 * an older extractor version, or the same version and an older record timestamp.
 *
 * <p>A row the database rejects permanently (NUL byte, value too long, constraint violated) is reported and left
 * out; the other rows are written in a second transaction that takes each row under a savepoint. Any other failure
 * is thrown and nothing is committed. Not thread-safe; uses one connection per call.
 */
public final class PostgresDealWriter {
    private static final Logger log = LoggerFactory.getLogger(PostgresDealWriter.class);

    private final DataSource dataSource;

    /** A writer over {@code dataSource}, whose schema {@link PostgresSchema#migrate} has brought up to date. */
    public PostgresDealWriter(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    }

    /**
     * Writes {@code rows} and commits.
     *
     * @throws SQLException a transient failure (connection lost, server down…): nothing was committed, retry later
     */
    public WriteReport write(List<DbRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new WriteReport(0, 0, List.of());
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int written = writeBatched(connection, rows);
                connection.commit();
                return new WriteReport(written, rows.size() - written, List.of());
            } catch (SQLException e) {
                rollbackQuietly(connection);
                if (!SqlErrors.isPermanent(e)) {
                    throw e;
                }
                log.atDebug()
                        .addKeyValue("sqlState", SqlErrors.sqlState(e))
                        .log("batch rejected; writing its rows one by one to find the bad ones");
            }
            return writeOneByOne(connection, rows);
        }
    }

    private static int writeBatched(Connection connection, List<DbRow> rows) throws SQLException {
        Map<Upsert, List<DbRow>> byTable = new LinkedHashMap<>();
        for (DbRow row : rows) {
            byTable.computeIfAbsent(RowBinder.upsertOf(row), u -> new ArrayList<>())
                    .add(row);
        }
        int written = 0;
        for (Map.Entry<Upsert, List<DbRow>> table : byTable.entrySet()) {
            try (PreparedStatement statement =
                    connection.prepareStatement(table.getKey().sql())) {
                for (DbRow row : table.getValue()) {
                    RowBinder.bind(statement, row);
                    statement.addBatch();
                }
                for (int count : statement.executeBatch()) {
                    written += count > 0 ? 1 : 0;
                }
            }
        }
        return written;
    }

    private static WriteReport writeOneByOne(Connection connection, List<DbRow> rows) throws SQLException {
        int written = 0;
        List<WriteReport.Rejection> rejected = new ArrayList<>();
        try {
            for (int i = 0; i < rows.size(); i++) {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    written += writeOne(connection, rows.get(i));
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    if (!SqlErrors.isPermanent(e)) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                    rejected.add(new WriteReport.Rejection(i, e));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw e;
        }
        return new WriteReport(written, rows.size() - written - rejected.size(), rejected);
    }

    private static int writeOne(Connection connection, DbRow row) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(RowBinder.upsertOf(row).sql())) {
            RowBinder.bind(statement, row);
            return statement.executeUpdate() > 0 ? 1 : 0;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.atDebug().addKeyValue("error", e.toString()).log("rollback failed; the connection is likely gone");
        }
    }
}
