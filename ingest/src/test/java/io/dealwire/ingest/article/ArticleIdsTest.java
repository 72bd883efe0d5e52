package io.dealwire.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.feed.FeedItem;
import io.dealwire.ingest.feed.PublishedAtSource;
import io.dealwire.ingest.url.StableId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void sameArticleWithTrackingParametersGetsTheSameId() {
        String plain = ArticleIds.of("feed1", item(Optional.empty(), Optional.of("https://news.example/a")));
        String tracked = ArticleIds.of(
                "feed2", item(Optional.of("g"), Optional.of("https://NEWS.example/a?utm_source=x&fbclid=y#c")));

        assertThat(tracked).isEqualTo(plain).isEqualTo(StableId.of("https://news.example/a"));
    }

    @Test
    void itemWithoutLinkIsIdentifiedByFeedAndGuid() {
        String id = ArticleIds.of("feed1", item(Optional.of("urn:x:1"), Optional.empty()));

        assertThat(id).isEqualTo(StableId.of("feed1", "urn:x:1"));
        assertThat(ArticleIds.of("feed2", item(Optional.of("urn:x:1"), Optional.empty())))
                .isNotEqualTo(id);
    }

    @Test
    void itemWithNeitherIsIdentifiedByFeedTitleAndSummary() {
        assertThat(ArticleIds.of("feed1", item(Optional.empty(), Optional.empty())))
                .isEqualTo(StableId.of("feed1", "Titre", "Résumé"));
    }

    private static FeedItem item(Optional<String> guid, Optional<String> link) {
        return new FeedItem(
                guid,
                link,
                "Titre",
                Optional.of("Résumé"),
                Optional.empty(),
                Optional.empty(),
                Instant.EPOCH,
                PublishedAtSource.FETCH_TIME);
    }
}
