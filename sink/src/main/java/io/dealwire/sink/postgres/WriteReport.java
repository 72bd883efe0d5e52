package io.dealwire.sink.postgres;

import java.sql.SQLException;
import java.util.List;

/**
 * What one {@link PostgresDealWriter#write} committed.
 *
 * @param written rows inserted or replaced by a newer version
 * @param unchanged rows not written because the table already held them or something newer
 * @param rejected rows the database refused permanently, by their index in the written list; not in the database
 */
public record WriteReport(int written, int unchanged, List<Rejection> rejected) {
    public WriteReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * A row the database refused.
     *
     * @param index position of the row in the list given to {@code write}
     * @param error the database's error, with its SQLSTATE
     */
    public record Rejection(int index, SQLException error) {}
}
