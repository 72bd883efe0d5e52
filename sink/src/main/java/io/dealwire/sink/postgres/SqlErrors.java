package io.dealwire.sink.postgres;

import java.sql.SQLException;
import java.util.Set;

/**
 * Classifies database errors once, at the sink's edge: permanent errors are about one row and go to the DLQ;
 * anything else (connection lost, server shutting down, out of resources, deadlock, an error we do not know) is
 * treated as transient and retried, so no record is dead-lettered for an outage.
 */
final class SqlErrors {
    // PostgreSQL Appendix A: 22 data exception (NUL byte 22021, too long 22001, bad JSON escape 22P05),
    // 23 integrity constraint violation, 54 program limit exceeded (index row too large)
    private static final Set<String> PERMANENT_CLASSES = Set.of("22", "23", "54");

    private SqlErrors() {}

    /** Whether {@code e} rejects the row itself, so retrying the same row can never succeed. */
    static boolean isPermanent(SQLException e) {
        String state = sqlState(e);
        return state != null && state.length() == 5 && PERMANENT_CLASSES.contains(state.substring(0, 2));
    }

    /** The first SQLSTATE along the exception's chain (batch errors carry it on the next exception), or null. */
    static String sqlState(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            if (current.getSQLState() != null) {
                return current.getSQLState();
            }
            if (current.getCause() instanceof SQLException cause && cause.getSQLState() != null) {
                return cause.getSQLState();
            }
        }
        return null;
    }
}
