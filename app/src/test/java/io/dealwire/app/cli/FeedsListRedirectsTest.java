package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.serde.TrustedPackages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@code dealwire feeds list} says about a feed that moved or is being redirected. */
class FeedsListRedirectsTest {
    private static final String OLD = "https://news.example.org/rss";
    private static final String NEW = "https://www.example.org/feeds/news.xml";

    @BeforeAll
    static void trust() {
        TrustedPackages.install();
    }

    private static FeedDefinition definition() {
        return FeedDefinition.newBuilder().setFeedId("f1").setUrl(OLD).build();
    }

    private static FeedState.Builder state(String url) {
        return FeedState.newBuilder().setFeedId("f1").setUrl(url).setDefinitionUrl(OLD);
    }

    @Test
    void aFeedPolledWhereItWasDefinedGetsNoNote() {
        assertThat(FeedsCommand.ListFeeds.redirects(definition(), state(OLD).build()))
                .isEmpty();
        assertThat(FeedsCommand.ListFeeds.redirects(definition(), null)).isEmpty();
    }

    @Test
    void aRedirectSeenButNotYetFollowedIsCounted() {
        FeedState s = state(OLD).setRedirectTarget(NEW).setRedirectSightings(2).build();
        assertThat(FeedsCommand.ListFeeds.redirects(definition(), s))
                .isEqualTo("  (permanent redirect to " + NEW + " seen 2 times)");
    }

    @Test
    void aFeedThatMovedShowsWhereItIsPolledNow() {
        assertThat(FeedsCommand.ListFeeds.redirects(definition(), state(NEW).build()))
                .isEqualTo("  (polled at " + NEW + ")");
    }
}
