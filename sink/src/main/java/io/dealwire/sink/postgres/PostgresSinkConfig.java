package io.dealwire.sink.postgres;

import java.time.Duration;

/**
 * Settings of the PostgreSQL sink.
 *
 * @param jdbcUrl {@code jdbc:postgresql://…} URL of the database; the tables go to its current schema
 *     ({@code sink.postgres.url}, required)
 * @param user database user, empty to take it from the URL ({@code sink.postgres.user}, default empty)
 * @param password database password, empty for none or to take it from the URL; printed as {@code ****}
 *     ({@code sink.postgres.password}, default empty)
 * @param groupId consumer group, default {@code dealwire-sink-postgres} ({@code sink.postgres.group-id})
 * @param batchSize most records per poll and per database transaction, 1 to 10,000, default 500
 *     ({@code sink.postgres.batch-size})
 * @param pollTimeout longest wait of one poll, 1 ms to 1 min, default 500 ms ({@code sink.postgres.poll-timeout})
 * @param maxRetryBackoff longest wait between retries after a transient failure, at least 10 ms, default 30 s;
 *     retries start at 100 ms (or this, if smaller) and double ({@code sink.postgres.max-retry-backoff})
 * @param connectTimeout longest wait for a database connection before the batch is retried, 250 ms to 5 min,
 *     default 10 s ({@code sink.postgres.connect-timeout})
 */
public record PostgresSinkConfig(
        String jdbcUrl,
        String user,
        String password,
        String groupId,
        int batchSize,
        Duration pollTimeout,
        Duration maxRetryBackoff,
        Duration connectTimeout) {
    /** Default consumer group. */
    public static final String DEFAULT_GROUP_ID = "dealwire-sink-postgres";
    /** Default records per poll and transaction. */
    public static final int DEFAULT_BATCH_SIZE = 500;
    /** Default poll timeout. */
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);
    /** Default longest retry backoff. */
    public static final Duration DEFAULT_MAX_RETRY_BACKOFF = Duration.ofSeconds(30);
    /** Default connection timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public PostgresSinkConfig {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "sink.postgres.url must start with jdbc:postgresql:, was " + redactedUrl(jdbcUrl));
        }
        if (user == null) {
            throw new IllegalArgumentException("sink.postgres.user must be a string (empty for none), was null");
        }
        if (password == null) {
            throw new IllegalArgumentException("sink.postgres.password must be a string (empty for none), was null");
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("sink.postgres.group-id must be non-blank, was " + groupId);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException(
                    "sink.postgres.batch-size must be between 1 and 10000, was " + batchSize);
        }
        requireBetween("sink.postgres.poll-timeout", pollTimeout, Duration.ofMillis(1), Duration.ofMinutes(1));
        requireBetween("sink.postgres.max-retry-backoff", maxRetryBackoff, Duration.ofMillis(10), Duration.ofDays(1));
        requireBetween("sink.postgres.connect-timeout", connectTimeout, Duration.ofMillis(250), Duration.ofMinutes(5));
    }

    /** Every optional setting at its default, for the database at {@code jdbcUrl}. */
    public static PostgresSinkConfig defaults(String jdbcUrl) {
        return new PostgresSinkConfig(
                jdbcUrl,
                "",
                "",
                DEFAULT_GROUP_ID,
                DEFAULT_BATCH_SIZE,
                DEFAULT_POLL_TIMEOUT,
                DEFAULT_MAX_RETRY_BACKOFF,
                DEFAULT_CONNECT_TIMEOUT);
    }

    /** This config with another consumer group. */
    public PostgresSinkConfig withGroupId(String newGroupId) {
        return new PostgresSinkConfig(
                jdbcUrl, user, password, newGroupId, batchSize, pollTimeout, maxRetryBackoff, connectTimeout);
    }

    /** This config with other retry timings. */
    public PostgresSinkConfig withTimings(Duration newPollTimeout, Duration newMaxRetryBackoff, Duration newConnect) {
        return new PostgresSinkConfig(
                jdbcUrl, user, password, groupId, batchSize, newPollTimeout, newMaxRetryBackoff, newConnect);
    }

    @Override
    public String toString() {
        return "PostgresSinkConfig[jdbcUrl=" + redactedUrl(jdbcUrl) + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "****") + ", groupId=" + groupId + ", batchSize=" + batchSize
                + ", pollTimeout=" + pollTimeout + ", maxRetryBackoff=" + maxRetryBackoff + ", connectTimeout="
                + connectTimeout + "]";
    }

    /** The URL with the value of any {@code password=} parameter replaced by {@code ****}. */
    static String redactedUrl(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1****");
    }

    private static void requireBetween(String key, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
