package io.dealwire.sink;

/**
 * A snapshot of what a sink has done since it started.
 *
 * @param written records written (JSON Lines: lines appended; PostgreSQL: rows inserted or replaced by a newer one)
 * @param skippedDuplicates records not written because the output already held them or something newer
 *     (redeliveries, replays)
 * @param deadLettered records sent to the dead-letter topic
 */
public record SinkCounters(long written, long skippedDuplicates, long deadLettered) {}
