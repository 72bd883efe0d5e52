package io.dealwire.sink.postgres;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.EnrichedArticle;
import java.time.Instant;
import java.util.Objects;

/** One record to upsert, with the timestamp that breaks ties between rows of the same extractor version. */
public sealed interface DbRow permits DbRow.Mention, DbRow.Story, DbRow.Article {
    /** The Kafka record timestamp; a row with the same version and a later timestamp replaces an earlier one. */
    Instant recordTime();

    /** The row's primary key: event id, deal id or article id. */
    String id();

    /** A deal event, upserted into {@code deal_mentions} (and {@code deal_parties}) by event id. */
    record Mention(DealEvent event, Instant recordTime) implements DbRow {
        public Mention {
            Objects.requireNonNull(event, "event must not be null");
            Objects.requireNonNull(recordTime, "recordTime must not be null");
        }

        @Override
        public String id() {
            return event.getEventId();
        }
    }

    /** A merged deal story, upserted into {@code deals} by deal id. */
    record Story(DealStory story, Instant recordTime) implements DbRow {
        public Story {
            Objects.requireNonNull(story, "story must not be null");
            Objects.requireNonNull(recordTime, "recordTime must not be null");
        }

        @Override
        public String id() {
            return story.getDealId();
        }
    }

    /** An enriched article, upserted into {@code articles} by article id. */
    record Article(EnrichedArticle article, Instant recordTime) implements DbRow {
        public Article {
            Objects.requireNonNull(article, "article must not be null");
            Objects.requireNonNull(recordTime, "recordTime must not be null");
        }

        @Override
        public String id() {
            return article.getArticleId();
        }
    }
}
