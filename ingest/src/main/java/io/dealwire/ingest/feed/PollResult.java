package io.dealwire.ingest.feed;

import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.RawArticle;
import java.util.List;
import java.util.Objects;

/**
 * The result of one poll: the feed's new state and the articles not seen before, to be published together.
 *
 * @param state the state to store after this poll
 * @param articles new articles, in feed order
 * @param outcome how fetching and parsing the feed ended
 * @param bytes size of the decompressed feed body, 0 when none was read
 */
public record PollResult(FeedState state, List<RawArticle> articles, FetchOutcome outcome, long bytes) {
    public PollResult {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(outcome, "outcome");
        articles = List.copyOf(articles);
    }
}
