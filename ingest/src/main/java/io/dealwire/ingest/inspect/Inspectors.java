package io.dealwire.ingest.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.feed.FeedParser;
import io.dealwire.ingest.fetch.Fetcher;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.ingest.politeness.HostGate;
import io.dealwire.ingest.politeness.PoliteFetcher;
import io.dealwire.ingest.robots.RobotsCache;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Inspectors wired as the ingest stage wires its poller (guarded, robots-aware fetching), and their JSON form. */
public final class Inspectors {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Inspectors() {}

    /** A fetcher as ingest uses: destination guard, robots.txt, one request per host. */
    public static Fetcher fetcher(IngestConfig config, Clock clock) {
        HttpFetcher direct = new HttpFetcher(HttpFetcher.newClient(config.fetchTimeout()), config);
        HostGate gate = HostGate.system();
        return new PoliteFetcher(direct, new RobotsCache(direct, gate, config, clock), gate, config);
    }

    /** A feed inspector with {@code config}'s limits. */
    public static FeedInspector feeds(IngestConfig config, Clock clock) {
        return new FeedInspector(
                fetcher(config, clock), new FeedParser(config.maxFeedItems()), config.maxBodyBytes(), clock);
    }

    /** A page inspector with {@code config}'s limits. */
    public static PageInspector pages(IngestConfig config, Clock clock) {
        return new PageInspector(fetcher(config, clock), config.maxBodyBytes());
    }

    /** {@code report} as indented JSON. */
    public static String toJson(Object report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
