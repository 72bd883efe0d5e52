package io.dealwire.sink;

/**
 * A snapshot of what a sink has done since it started.
 *
 * @param written events written to the files
 * @param skippedDuplicates events not written because their file already held them (redeliveries, replays)
 * @param deadLettered records sent to the dead-letter topic
 */
public record SinkCounters(long written, long skippedDuplicates, long deadLettered) {}
