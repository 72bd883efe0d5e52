package io.dealwire.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Settings of the ingest stage; every value is validated when the record is made, so an invalid configuration
 * fails at startup with {@code <key> must be <rule>, was <value>}.
 *
 * @param groupId {@code ingest.group-id}: consumer group that splits the partitions of {@code ingest.feeds} between
 *     ingest instances; default {@code dealwire-ingest}
 * @param transactionalIdPrefix {@code ingest.transactional-id-prefix}: prefix of the producer's
 *     {@code transactional.id}; the full id is {@code <prefix>-<instanceId>}; default {@code dealwire-ingest}
 * @param instanceId {@code ingest.instance-id}: this instance's name, stable across restarts of the same instance
 *     (e.g. the pod or host name) so a restart fences the previous incarnation's producer at once; default a
 *     random id per process
 * @param userAgent {@code ingest.user-agent}: the User-Agent sent with every request; it names dealwire; default
 *     {@code dealwire/0.1 (+https://github.com/dealwire/dealwire)}
 * @param contactUrl {@code ingest.contact-url}: where site owners can reach the operator; appended to the
 *     User-Agent when it is not already in it; default {@code https://github.com/dealwire/dealwire}
 * @param minPollInterval {@code ingest.min-poll-interval}: shortest delay between two polls of one feed; default 5
 *     minutes
 * @param defaultPollInterval {@code ingest.default-poll-interval}: delay after a successful poll; default 15 minutes
 * @param maxPollInterval {@code ingest.max-poll-interval}: cap of the exponential backoff after failures; default 6
 *     hours
 * @param fetchTimeout {@code ingest.fetch-timeout}: deadline of one whole HTTP call, redirects and body included;
 *     default 20 seconds
 * @param maxBodyBytes {@code ingest.max-body-bytes}: cap on a response body after decompression; default 10 MiB
 * @param fetchArticlePages {@code ingest.fetch-article-pages}: whether to fetch the article page when a feed item
 *     carries only a short summary; default true
 * @param allowedHosts {@code ingest.allowed-hosts}: {@code host} or {@code host:port} entries that may be fetched
 *     even though they resolve to loopback, private or link-local addresses (the offline demo and tests); default
 *     empty
 * @param robotsCacheTtl {@code ingest.robots-cache-ttl}: how long a fetched robots.txt (or a 4xx answer, which
 *     allows everything) is used before it is fetched again; default 24 hours (RFC 9309 §2.4)
 * @param robotsErrorRetry {@code ingest.robots-error-retry}: how long a host whose robots.txt answered 5xx or was
 *     unreachable is treated as disallowing everything before robots.txt is tried again; default 15 minutes
 * @param maxCrawlDelay {@code ingest.max-crawl-delay}: cap on a robots.txt {@code Crawl-delay}; a longer delay is
 *     honoured only up to this; default 60 seconds
 * @param perHostDelay {@code ingest.per-host-delay}: minimum time between the end of one request to a host and the
 *     start of the next, feeds and pages alike; default 2 seconds
 * @param workers {@code ingest.workers}: feeds polled concurrently (never two of one host at once); default 16
 * @param permanentRedirectSightings {@code ingest.permanent-redirect-sightings}: consecutive polls answered by a
 *     301/308 to the same target before the feed's stored URL is changed to it; default 3
 * @param maxFeedItems {@code ingest.max-feed-items}: items read from one feed body; the rest are dropped and the
 *     drop logged; default 5000
 */
public record IngestConfig(
        String groupId,
        String transactionalIdPrefix,
        String instanceId,
        String userAgent,
        String contactUrl,
        Duration minPollInterval,
        Duration defaultPollInterval,
        Duration maxPollInterval,
        Duration fetchTimeout,
        long maxBodyBytes,
        boolean fetchArticlePages,
        Set<String> allowedHosts,
        Duration robotsCacheTtl,
        Duration robotsErrorRetry,
        Duration maxCrawlDelay,
        Duration perHostDelay,
        int workers,
        int permanentRedirectSightings,
        int maxFeedItems) {

    /** Default User-Agent. */
    public static final String DEFAULT_USER_AGENT = "dealwire/0.1 (+https://github.com/dealwire/dealwire)";

    public IngestConfig {
        requireText("ingest.group-id", groupId);
        requireText("ingest.transactional-id-prefix", transactionalIdPrefix);
        requireText("ingest.instance-id", instanceId);
        requireText("ingest.user-agent", userAgent);
        if (!userAgent.toLowerCase(Locale.ROOT).contains("dealwire")) {
            throw new IllegalArgumentException("ingest.user-agent must name dealwire, was " + userAgent);
        }
        requireText("ingest.contact-url", contactUrl);
        if (!contactUrl.startsWith("https://") && !contactUrl.startsWith("http://")) {
            throw new IllegalArgumentException("ingest.contact-url must be an http(s) URL, was " + contactUrl);
        }
        requirePositive("ingest.min-poll-interval", minPollInterval);
        requirePositive("ingest.default-poll-interval", defaultPollInterval);
        requirePositive("ingest.max-poll-interval", maxPollInterval);
        requirePositive("ingest.fetch-timeout", fetchTimeout);
        if (defaultPollInterval.compareTo(minPollInterval) < 0) {
            throw new IllegalArgumentException(
                    "ingest.default-poll-interval must be >= ingest.min-poll-interval, was " + defaultPollInterval);
        }
        if (maxPollInterval.compareTo(defaultPollInterval) < 0) {
            throw new IllegalArgumentException(
                    "ingest.max-poll-interval must be >= ingest.default-poll-interval, was " + maxPollInterval);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("ingest.max-body-bytes must be >= 1024, was " + maxBodyBytes);
        }
        if (allowedHosts == null) {
            throw new IllegalArgumentException("ingest.allowed-hosts must be a list, was null");
        }
        requirePositive("ingest.robots-cache-ttl", robotsCacheTtl);
        requirePositive("ingest.robots-error-retry", robotsErrorRetry);
        requireNotNegative("ingest.max-crawl-delay", maxCrawlDelay);
        requireNotNegative("ingest.per-host-delay", perHostDelay);
        requireRange("ingest.workers", workers, 1, 256);
        requireRange("ingest.permanent-redirect-sightings", permanentRedirectSightings, 1, 100);
        requireRange("ingest.max-feed-items", maxFeedItems, 1, 1_000_000);
        allowedHosts = allowedHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Default of {@code ingest.robots-cache-ttl}. */
    public static final Duration DEFAULT_ROBOTS_CACHE_TTL = Duration.ofHours(24);
    /** Default of {@code ingest.robots-error-retry}. */
    public static final Duration DEFAULT_ROBOTS_ERROR_RETRY = Duration.ofMinutes(15);
    /** Default of {@code ingest.max-crawl-delay}. */
    public static final Duration DEFAULT_MAX_CRAWL_DELAY = Duration.ofSeconds(60);
    /** Default of {@code ingest.per-host-delay}. */
    public static final Duration DEFAULT_PER_HOST_DELAY = Duration.ofSeconds(2);
    /** Default of {@code ingest.workers}. */
    public static final int DEFAULT_WORKERS = 16;
    /** Default of {@code ingest.permanent-redirect-sightings}. */
    public static final int DEFAULT_PERMANENT_REDIRECT_SIGHTINGS = 3;
    /** Default of {@code ingest.max-feed-items}. */
    public static final int DEFAULT_MAX_FEED_ITEMS = 5_000;

    /** Every setting but the politeness and feed-size keys, which take their documented defaults. */
    public IngestConfig(
            String groupId,
            String transactionalIdPrefix,
            String instanceId,
            String userAgent,
            String contactUrl,
            Duration minPollInterval,
            Duration defaultPollInterval,
            Duration maxPollInterval,
            Duration fetchTimeout,
            long maxBodyBytes,
            boolean fetchArticlePages,
            Set<String> allowedHosts) {
        this(
                groupId,
                transactionalIdPrefix,
                instanceId,
                userAgent,
                contactUrl,
                minPollInterval,
                defaultPollInterval,
                maxPollInterval,
                fetchTimeout,
                maxBodyBytes,
                fetchArticlePages,
                allowedHosts,
                DEFAULT_ROBOTS_CACHE_TTL,
                DEFAULT_ROBOTS_ERROR_RETRY,
                DEFAULT_MAX_CRAWL_DELAY,
                DEFAULT_PER_HOST_DELAY,
                DEFAULT_WORKERS,
                DEFAULT_PERMANENT_REDIRECT_SIGHTINGS,
                DEFAULT_MAX_FEED_ITEMS);
    }

    /** The defaults documented on each component, with a random instance id. */
    public static IngestConfig defaults() {
        return new IngestConfig(
                "dealwire-ingest",
                "dealwire-ingest",
                UUID.randomUUID().toString(),
                DEFAULT_USER_AGENT,
                "https://github.com/dealwire/dealwire",
                Duration.ofMinutes(5),
                Duration.ofMinutes(15),
                Duration.ofHours(6),
                Duration.ofSeconds(20),
                10L * 1024 * 1024,
                true,
                Set.of());
    }

    /** A copy with {@code allowedHosts} replaced; for the offline demo and tests. */
    public IngestConfig withAllowedHosts(Set<String> hosts) {
        return new IngestConfig(
                groupId,
                transactionalIdPrefix,
                instanceId,
                userAgent,
                contactUrl,
                minPollInterval,
                defaultPollInterval,
                maxPollInterval,
                fetchTimeout,
                maxBodyBytes,
                fetchArticlePages,
                hosts,
                robotsCacheTtl,
                robotsErrorRetry,
                maxCrawlDelay,
                perHostDelay,
                workers,
                permanentRedirectSightings,
                maxFeedItems);
    }

    /** A copy with the politeness settings replaced; for tests and tools. */
    public IngestConfig withPoliteness(Duration perHostDelay, Duration maxCrawlDelay, int workers) {
        return new IngestConfig(
                groupId,
                transactionalIdPrefix,
                instanceId,
                userAgent,
                contactUrl,
                minPollInterval,
                defaultPollInterval,
                maxPollInterval,
                fetchTimeout,
                maxBodyBytes,
                fetchArticlePages,
                allowedHosts,
                robotsCacheTtl,
                robotsErrorRetry,
                maxCrawlDelay,
                perHostDelay,
                workers,
                permanentRedirectSightings,
                maxFeedItems);
    }

    /** The User-Agent header: {@link #userAgent()}, plus the contact URL when it is not already named there. */
    public String userAgentHeader() {
        return userAgent.contains(contactUrl) ? userAgent : userAgent + " (+" + contactUrl + ")";
    }

    /** The producer's {@code transactional.id}. */
    public String transactionalId() {
        return transactionalIdPrefix + "-" + instanceId;
    }

    private static void requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must not be blank, was " + value);
        }
    }

    private static void requireNotNegative(String key, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be a duration >= 0, was " + value);
        }
    }

    private static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, was " + value);
        }
    }
}
