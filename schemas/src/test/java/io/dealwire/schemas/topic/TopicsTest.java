package io.dealwire.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {
    @Test
    void topicNamesAreUnique() {
        assertThat(Topics.ALL)
                .extracting(TopicSpec::name)
                .doesNotHaveDuplicates()
                .hasSize(7);
    }

    @Test
    void stateTopicsAreCompactedAndKeptForever() {
        assertThat(Topics.FEED_STATE.configs())
                .containsExactlyInAnyOrderEntriesOf(Map.of("cleanup.policy", "compact", "retention.ms", "-1"));
        assertThat(Topics.DEALS_CURRENT.compacted()).isTrue();
        assertThat(Topics.FEEDS.compacted()).isTrue();
    }

    @Test
    void rawArticlesAreTheSystemOfRecordAndNeverExpire() {
        assertThat(Topics.ARTICLES_RAW.configs())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "-1");
    }

    @Test
    void deadLettersExpireAfterThirtyDays() {
        assertThat(Topics.DLQ.configs()).containsEntry("retention.ms", String.valueOf(30L * 24 * 3600 * 1000));
    }
}
