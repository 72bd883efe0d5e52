package io.dealwire.ingest.fetch;

/** Fetches one URL; never throws for network or HTTP trouble, which is reported in the {@link FetchResult}. */
@FunctionalInterface
public interface Fetcher {
    /** Performs the GET, following redirects, and returns how it ended. */
    FetchResult fetch(FetchRequest request);
}
