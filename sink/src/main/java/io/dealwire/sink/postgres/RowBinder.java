package io.dealwire.sink.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealSource;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds a {@link DbRow} to the parameters of its {@link Upsert}, in the upsert's column order. */
final class RowBinder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PreparedStatement statement;
    private int index;

    private RowBinder(PreparedStatement statement) {
        this.statement = statement;
    }

    /** The upsert that writes {@code row}. */
    static Upsert upsertOf(DbRow row) {
        if (row instanceof DbRow.Mention) {
            return Upsert.MENTION;
        }
        return row instanceof DbRow.Story ? Upsert.STORY : Upsert.ARTICLE;
    }

    /** Sets every parameter of {@code statement} from {@code row}. */
    static void bind(PreparedStatement statement, DbRow row) throws SQLException {
        RowBinder binder = new RowBinder(statement);
        if (row instanceof DbRow.Mention mention) {
            binder.mention(mention.event());
        } else if (row instanceof DbRow.Story story) {
            binder.story(story.story());
        } else {
            binder.article(((DbRow.Article) row).article());
        }
        binder.provenance(extractorVersionOf(row), row.recordTime());
    }

    private void mention(DealEvent e) throws SQLException {
        text(e.getEventId(), e.getDealId(), e.getType().name(), e.getStatus().name());
        json(parties(e.getParties()));
        money(e.getAmount());
        number(e.getStakePercent());
        money(e.getValuation());
        text(e.getArticleId(), e.getArticleUrl(), e.getArticleTitle(), e.getArticleLanguage());
        timestamp(e.getArticlePublishedAt());
        text(e.getEvidence().getSentence());
        statement.setInt(++index, e.getEvidence().getStart());
        statement.setInt(++index, e.getEvidence().getEnd());
        number(e.getConfidence());
    }

    private void story(DealStory s) throws SQLException {
        text(s.getDealId(), s.getType().name(), s.getStatus().name());
        json(parties(s.getParties()));
        array(s.getParties().stream().map(Party::getNormalizedName).distinct().toList());
        array(s.getSources().stream()
                .map(DealSource::getLanguage)
                .distinct()
                .sorted()
                .toList());
        money(s.getAmount());
        number(s.getStakePercent());
        money(s.getValuation());
        timestamp(s.getFirstSeenAt());
        timestamp(s.getLastSeenAt());
        json(s.getSources().stream().map(RowBinder::source).toList());
    }

    private void article(EnrichedArticle a) throws SQLException {
        text(a.getArticleId(), a.getUrl(), a.getFeedId(), a.getTitle(), a.getText());
        timestamp(a.getPublishedAt());
        timestamp(a.getFetchedAt());
        text(a.getLanguage());
        number(a.getLanguageConfidence());
        text(a.getContentHash());
        array(a.getDealIds());
        array(a.getDealEventIds());
    }

    private void provenance(String extractorVersion, Instant recordTime) throws SQLException {
        text(extractorVersion, VersionOrder.key(extractorVersion));
        timestamp(recordTime);
    }

    private static String extractorVersionOf(DbRow row) {
        if (row instanceof DbRow.Mention mention) {
            return mention.event().getExtractorVersion();
        }
        if (row instanceof DbRow.Story story) {
            return story.story().getExtractorVersion();
        }
        return ((DbRow.Article) row).article().getExtractorVersion();
    }

    private void text(String... values) throws SQLException {
        for (String value : values) {
            statement.setString(++index, value);
        }
    }

    private void number(Double value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DOUBLE);
        } else {
            statement.setDouble(++index, value);
        }
    }

    private void money(Money money) throws SQLException {
        boolean known = money != null && Double.isFinite(money.getValue());
        statement.setBigDecimal(++index, known ? BigDecimal.valueOf(money.getValue()) : null);
        statement.setString(++index, known ? money.getCurrency() : null);
        if (known) {
            statement.setBoolean(++index, money.getApproximate());
        } else {
            statement.setNull(++index, Types.BOOLEAN);
        }
    }

    private void timestamp(Instant instant) throws SQLException {
        statement.setTimestamp(++index, instant == null ? null : Timestamp.from(instant));
    }

    private void array(List<String> values) throws SQLException {
        statement.setArray(++index, statement.getConnection().createArrayOf("text", values.toArray()));
    }

    private void json(Object value) throws SQLException {
        try {
            statement.setString(++index, JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write JSON: " + e.getOriginalMessage(), "22000", e);
        }
    }

    private static List<Map<String, Object>> parties(List<Party> parties) {
        return parties.stream()
                .map(p -> ordered(
                        "name",
                        p.getName(),
                        "normalizedName",
                        p.getNormalizedName(),
                        "role",
                        p.getRole().name()))
                .toList();
    }

    private static Map<String, Object> source(DealSource s) {
        Map<String, Object> map = ordered("eventId", s.getEventId(), "articleId", s.getArticleId(), "url", s.getUrl());
        map.putAll(ordered(
                "title",
                s.getTitle(),
                "language",
                s.getLanguage(),
                "status",
                s.getStatus().name()));
        if (s.getPublishedAt() != null) {
            map.put("publishedAt", s.getPublishedAt().toString());
        }
        return map;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return map;
    }
}
