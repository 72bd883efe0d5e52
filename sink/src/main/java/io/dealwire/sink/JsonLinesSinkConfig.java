package io.dealwire.sink;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the JSON Lines sink. Files go to {@code <directory>/deals.events/YYYY-MM-DD.jsonl}.
 *
 * @param directory output root, default {@code data/out} (config key {@code sink.jsonl.directory})
 * @param groupId consumer group, default {@code dealwire-sink-jsonl} ({@code sink.jsonl.group-id})
 * @param pollTimeout longest wait of one poll, 1 ms to 1 min, default 500 ms ({@code sink.jsonl.poll-timeout})
 * @param maxRetryBackoff longest wait between retries after a failed write, commit or dead-letter send, at least 10
 *     ms, default 30 s; retries start at 100 ms (or this, if smaller) and double ({@code sink.jsonl.max-retry-backoff})
 */
public record JsonLinesSinkConfig(Path directory, String groupId, Duration pollTimeout, Duration maxRetryBackoff) {
    /** Default output root. */
    public static final Path DEFAULT_DIRECTORY = Path.of("data", "out");
    /** Default consumer group. */
    public static final String DEFAULT_GROUP_ID = "dealwire-sink-jsonl";
    /** Default poll timeout. */
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);
    /** Default longest retry backoff. */
    public static final Duration DEFAULT_MAX_RETRY_BACKOFF = Duration.ofSeconds(30);

    public JsonLinesSinkConfig {
        if (directory == null || directory.toString().isBlank()) {
            throw new IllegalArgumentException("sink.jsonl.directory must be a non-empty path, was " + directory);
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("sink.jsonl.group-id must be non-blank, was " + quoted(groupId));
        }
        if (pollTimeout == null
                || pollTimeout.compareTo(Duration.ofMillis(1)) < 0
                || pollTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException(
                    "sink.jsonl.poll-timeout must be between 1 ms and 1 min, was " + pollTimeout);
        }
        if (maxRetryBackoff == null || maxRetryBackoff.compareTo(Duration.ofMillis(10)) < 0) {
            throw new IllegalArgumentException(
                    "sink.jsonl.max-retry-backoff must be at least 10 ms, was " + maxRetryBackoff);
        }
    }

    /** Every setting at its default. */
    public static JsonLinesSinkConfig defaults() {
        return new JsonLinesSinkConfig(
                DEFAULT_DIRECTORY, DEFAULT_GROUP_ID, DEFAULT_POLL_TIMEOUT, DEFAULT_MAX_RETRY_BACKOFF);
    }

    /** This config with another output root. */
    public JsonLinesSinkConfig withDirectory(Path newDirectory) {
        return new JsonLinesSinkConfig(newDirectory, groupId, pollTimeout, maxRetryBackoff);
    }

    /** This config with another consumer group. */
    public JsonLinesSinkConfig withGroupId(String newGroupId) {
        return new JsonLinesSinkConfig(directory, newGroupId, pollTimeout, maxRetryBackoff);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
