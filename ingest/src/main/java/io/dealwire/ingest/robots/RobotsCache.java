package io.dealwire.ingest.robots;

import crawlercommons.robots.SimpleRobotRulesParser;
import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.fetch.FetchRequest;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import io.dealwire.ingest.politeness.HostGate;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robots.txt verdict of every origin ({@code scheme://host:port}) dealwire talks to, fetched on first use
 * through the guarded fetcher and the {@link HostGate}, and kept for {@code ingest.robots-cache-ttl}. Follows RFC
 * 9309: a 4xx answer means no restrictions; a 5xx answer or an unreachable host means everything is disallowed until
 * robots.txt is tried again after {@code ingest.robots-error-retry}; only the first {@value #MAX_ROBOTS_BYTES} bytes
 * are read. Thread-safe; one fetch per origin at a time.
 */
public final class RobotsCache {
    /** RFC 9309 §2.5: crawlers must parse at least 500 KiB; dealwire reads exactly that much. */
    public static final int MAX_ROBOTS_BYTES = 500 * 1024;
    /** The product token dealwire matches in {@code User-agent} lines. */
    public static final String ROBOT_NAME = "dealwire";

    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
    private final Fetcher fetcher;
    private final HostGate gate;
    private final Clock clock;
    private final Duration ttl;
    private final Duration errorRetry;
    private final Duration perHostDelay;
    private final Map<String, RobotsPolicy> policies = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** A cache fetching with {@code fetcher} (guarded, not itself robots-aware) through {@code gate}. */
    public RobotsCache(Fetcher fetcher, HostGate gate, IngestConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.gate = gate;
        this.clock = clock;
        this.ttl = config.robotsCacheTtl();
        this.errorRetry = config.robotsErrorRetry();
        this.perHostDelay = config.perHostDelay();
    }

    /**
     * The verdict for {@code url}'s origin, fetching robots.txt when none is cached or the cached one expired.
     *
     * @throws InterruptedException when interrupted while waiting for the host
     */
    public RobotsPolicy policyFor(URI url) throws InterruptedException {
        String origin = origin(url);
        RobotsPolicy known = policies.get(origin);
        if (known != null && known.isFresh(clock.instant())) {
            return known;
        }
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
            known = policies.get(origin);
            if (known != null && known.isFresh(clock.instant())) {
                return known;
            }
            RobotsPolicy loaded = load(URI.create(origin + "/robots.txt"));
            policies.put(origin, loaded);
            return loaded;
        }
    }

    /** The cached verdict of {@code url}'s origin, fresh or not, without fetching. */
    public Optional<RobotsPolicy> cached(URI url) {
        return Optional.ofNullable(policies.get(origin(url)));
    }

    private RobotsPolicy load(URI robotsUrl) throws InterruptedException {
        HostGate.Permit permit = gate.enter(robotsUrl.getHost());
        FetchResult result;
        try {
            result = fetcher.fetch(FetchRequest.prefix(robotsUrl, MAX_ROBOTS_BYTES));
        } finally {
            permit.close(perHostDelay);
        }
        RobotsPolicy policy = interpret(robotsUrl, result, clock.instant());
        LOG.atDebug()
                .addKeyValue("url", robotsUrl)
                .addKeyValue("source", policy.source())
                .addKeyValue("statusCode", result.statusCode())
                .addKeyValue("detail", policy.detail())
                .log("robots.txt read");
        return policy;
    }

    private RobotsPolicy interpret(URI robotsUrl, FetchResult result, Instant now) {
        return switch (result.outcome()) {
            case OK -> new RobotsPolicy(RobotsPolicy.Source.PARSED, parse(robotsUrl, result), now.plus(ttl), "");
            // an empty file has no rules; a too long redirect chain may be taken as unavailable (RFC 9309 §2.3.1.2)
            case EMPTY_BODY, TOO_MANY_REDIRECTS ->
                RobotsPolicy.absent(now.plus(ttl), result.outcome().name());
            // the guard will refuse the real request too, with the precise reason: no verdict of robots' own
            case BLOCKED_DESTINATION, BAD_SCHEME -> RobotsPolicy.absent(now.plus(errorRetry), result.detail());
            case HTTP_STATUS -> byStatus(result.statusCode(), now);
            default -> RobotsPolicy.unreachable(now.plus(errorRetry), result.outcome() + " " + result.detail());
        };
    }

    private RobotsPolicy byStatus(int status, Instant now) {
        // RFC 9309 §2.3.1.3: 4xx means "unavailable", no restrictions; §2.3.1.4: 5xx means "unreachable", assume
        // complete disallow. 429 asks us to slow down, so it is treated like 5xx.
        if (status >= 500 || status == 429) {
            return RobotsPolicy.unreachable(now.plus(errorRetry), "HTTP " + status);
        }
        return RobotsPolicy.absent(now.plus(ttl), "HTTP " + status);
    }

    private static crawlercommons.robots.BaseRobotRules parse(URI robotsUrl, FetchResult result) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        // crawler-commons turns a Crawl-delay above its maximum into "disallow all"; dealwire caps it itself
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        return parser.parseContent(
                robotsUrl.toString(),
                result.body(),
                result.headers().contentType().orElse("text/plain"),
                List.of(ROBOT_NAME));
    }

    /** {@code scheme://host:port} of {@code url}, lower-case, with the default port made explicit. */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
