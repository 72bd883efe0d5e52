package io.dealwire.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one host's robots.txt allows dealwire, and until when this verdict is used.
 *
 * @param source how the verdict was reached
 * @param rules the parsed rules (allow-all or allow-none for the non-parsed sources)
 * @param expiresAt when robots.txt is fetched again
 * @param detail why, for logs and inspection, e.g. {@code HTTP 503}
 */
public record RobotsPolicy(Source source, BaseRobotRules rules, Instant expiresAt, String detail) {

    /** How a verdict was reached. */
    public enum Source {
        /** A robots.txt was read and parsed. */
        PARSED,
        /** robots.txt answered 4xx (or had no content): RFC 9309 §2.3.1.3, no restrictions. */
        ABSENT,
        /** robots.txt answered 5xx or could not be reached: RFC 9309 §2.3.1.4, everything disallowed for now. */
        UNREACHABLE
    }

    public RobotsPolicy {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(detail, "detail");
    }

    /** No restrictions until {@code expiresAt}. */
    public static RobotsPolicy absent(Instant expiresAt, String detail) {
        return new RobotsPolicy(Source.ABSENT, new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), expiresAt, detail);
    }

    /** Nothing allowed until {@code expiresAt}. */
    public static RobotsPolicy unreachable(Instant expiresAt, String detail) {
        return new RobotsPolicy(Source.UNREACHABLE, new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), expiresAt, detail);
    }

    /** Whether dealwire may fetch {@code url}. */
    public boolean allows(URI url) {
        return rules.isAllowed(url.toString());
    }

    /** Whether this verdict is still to be used at {@code now}. */
    public boolean isFresh(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The {@code Crawl-delay} for dealwire, if robots.txt gives one. */
    public Optional<Duration> crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0
                ? Optional.empty()
                : Optional.of(Duration.ofMillis(millis));
    }

    /**
     * The pause to keep after each request to this host: the crawl-delay capped at {@code maxCrawlDelay}, but never
     * less than {@code perHostDelay}.
     */
    public Duration pause(Duration perHostDelay, Duration maxCrawlDelay) {
        Duration asked = crawlDelay().orElse(Duration.ZERO);
        Duration capped = asked.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : asked;
        return capped.compareTo(perHostDelay) > 0 ? capped : perHostDelay;
    }
}
