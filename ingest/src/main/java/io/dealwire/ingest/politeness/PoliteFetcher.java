package io.dealwire.ingest.politeness;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.FetchRequest;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import io.dealwire.ingest.robots.RobotsCache;
import io.dealwire.ingest.robots.RobotsPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * A {@link Fetcher} that asks the host's robots.txt first, then waits its turn at the {@link HostGate}: at most one
 * request in flight per host, and after each one a pause of {@code ingest.per-host-delay} or the robots.txt
 * crawl-delay (capped at {@code ingest.max-crawl-delay}), whichever is longer. Feed and page fetches both go through
 * it. Redirects to another host are followed inside the one permit of the first host.
 */
public final class PoliteFetcher implements Fetcher {
    private final Fetcher direct;
    private final RobotsCache robots;
    private final HostGate gate;
    private final Duration perHostDelay;
    private final Duration maxCrawlDelay;

    /** A polite fetcher sending requests with {@code direct} (guarded, not robots-aware). */
    public PoliteFetcher(Fetcher direct, RobotsCache robots, HostGate gate, IngestConfig config) {
        this.direct = direct;
        this.robots = robots;
        this.gate = gate;
        this.perHostDelay = config.perHostDelay();
        this.maxCrawlDelay = config.maxCrawlDelay();
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        URI url = request.url();
        if (!isHttp(url)) {
            return direct.fetch(request); // the destination guard refuses it with the precise reason
        }
        try {
            RobotsPolicy policy = robots.policyFor(url);
            if (!policy.allows(url)) {
                return refusal(url, policy);
            }
            HostGate.Permit permit = gate.enter(url.getHost());
            try {
                return direct.fetch(request);
            } finally {
                permit.close(policy.pause(perHostDelay, maxCrawlDelay));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failure(FetchOutcome.NETWORK, url, 0, "interrupted while waiting for the host");
        }
    }

    /** The gate this fetcher waits at; the scheduler asks it which hosts are free. */
    public HostGate gate() {
        return gate;
    }

    private static FetchResult refusal(URI url, RobotsPolicy policy) {
        if (policy.source() == RobotsPolicy.Source.UNREACHABLE) {
            return FetchResult.failure(
                    FetchOutcome.ROBOTS_UNAVAILABLE,
                    url,
                    0,
                    "robots.txt unreachable (" + policy.detail() + "), retried after " + policy.expiresAt());
        }
        return FetchResult.failure(FetchOutcome.ROBOTS_DISALLOWED, url, 0, "disallowed by robots.txt");
    }

    private static boolean isHttp(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && url.getHost() != null
                && url.getRawUserInfo() == null;
    }
}
