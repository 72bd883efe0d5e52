package io.dealwire.sink.postgres;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One table's upsert: {@code INSERT … ON CONFLICT (key) DO UPDATE … WHERE} the incoming row is newer, i.e. its
 * {@code (version_order, record_ts)} is greater than the stored row's. An equal or older row changes nothing, so
 * the statement's update count is 1 when the row was written and 0 when it was not newer.
 *
 * @param table table name
 * @param sql the parameterised statement; parameters in the order of the columns
 */
record Upsert(String table, String sql) {
    static final Upsert MENTION = of(
            "deal_mentions",
            "event_id",
            List.of(
                    "event_id",
                    "deal_id",
                    "type",
                    "status",
                    "parties:jsonb",
                    "amount_value",
                    "amount_currency",
                    "amount_approximate",
                    "stake_percent",
                    "valuation_value",
                    "valuation_currency",
                    "valuation_approximate",
                    "article_id",
                    "article_url",
                    "article_title",
                    "article_language",
                    "article_published_at",
                    "evidence_sentence",
                    "evidence_start",
                    "evidence_end",
                    "confidence",
                    "extractor_version",
                    "version_order",
                    "record_ts"));

    static final Upsert STORY = of(
            "deals",
            "deal_id",
            List.of(
                    "deal_id",
                    "type",
                    "status",
                    "parties:jsonb",
                    "party_names",
                    "languages",
                    "amount_value",
                    "amount_currency",
                    "amount_approximate",
                    "stake_percent",
                    "valuation_value",
                    "valuation_currency",
                    "valuation_approximate",
                    "first_seen_at",
                    "last_seen_at",
                    "sources:jsonb",
                    "extractor_version",
                    "version_order",
                    "record_ts"));

    static final Upsert ARTICLE = of(
            "articles",
            "article_id",
            List.of(
                    "article_id",
                    "url",
                    "feed_id",
                    "title",
                    "body_text",
                    "published_at",
                    "fetched_at",
                    "language",
                    "language_confidence",
                    "content_hash",
                    "deal_ids",
                    "deal_event_ids",
                    "extractor_version",
                    "version_order",
                    "record_ts"));

    /** The upsert of {@code table} keyed by {@code key}; a column written {@code name:type} is cast to that type. */
    static Upsert of(String table, String key, List<String> columns) {
        List<String> names = columns.stream().map(c -> c.split(":")[0]).toList();
        String values = columns.stream()
                .map(c -> c.contains(":") ? "?::" + c.split(":")[1] : "?")
                .collect(Collectors.joining(", "));
        String updates = names.stream()
                .filter(name -> !name.equals(key))
                .map(name -> name + " = EXCLUDED." + name)
                .collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + values + ")"
                + " ON CONFLICT (" + key + ") DO UPDATE SET " + updates
                + " WHERE (EXCLUDED.version_order, EXCLUDED.record_ts) > (" + table + ".version_order, " + table
                + ".record_ts)";
        return new Upsert(table, sql);
    }
}
