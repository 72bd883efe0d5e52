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
        Set<String> allowedHosts) {

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
        allowedHosts = allowedHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
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
                hosts);
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

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, was " + value);
        }
    }
}
