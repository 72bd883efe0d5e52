package io.dealwire.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Deals from the PostgreSQL sink's tables ({@code deals}, {@code deal_mentions}, {@code articles}; see the sink's
 * {@code V1__deals_mentions_articles.sql}), as the same values the Kafka Streams stores give.
 */
public final class PostgresDealRepository implements DealRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEAL_COLUMNS = "deal_id, type, status, parties, languages, amount_value,"
            + " amount_currency, amount_approximate, stake_percent, valuation_value, valuation_currency,"
            + " valuation_approximate, first_seen_at, last_seen_at, sources";

    private final DataSource dataSource;

    public PostgresDealRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<DealCard> deals() {
        List<DealCard> cards = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + DEAL_COLUMNS + " FROM deals");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                cards.add(card(rows));
            }
            return cards;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read deals from PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<DealDetail> deal(String dealId) {
        try (Connection c = dataSource.getConnection()) {
            DealCard card;
            try (PreparedStatement s = c.prepareStatement("SELECT " + DEAL_COLUMNS + " FROM deals WHERE deal_id = ?")) {
                s.setString(1, dealId);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    card = card(rows);
                }
            }
            Map<String, DealDetail.Evidence> evidence = evidence(c, dealId);
            Map<String, String> texts = texts(c, card);
            List<DealDetail.Mention> mentions = card.sources().stream()
                    .map(src -> DealCards.mention(
                            src,
                            Optional.ofNullable(evidence.get(src.eventId())),
                            Optional.ofNullable(texts.get(src.articleId()))))
                    .toList();
            return Optional.of(new DealDetail(
                    card, DealCards.sortedMentions(mentions), DealCards.history(mentions, card.firstSeenAt())));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read deal " + dealId + " from PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "postgresql";
    }

    /** Closes the data source when it is a pool (it was opened for the desk). */
    @Override
    public void close() {
        if (dataSource instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the desk's PostgreSQL pool", e);
            }
        }
    }

    private static Map<String, DealDetail.Evidence> evidence(Connection c, String dealId) throws SQLException {
        Map<String, DealDetail.Evidence> evidence = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT event_id, evidence_sentence, evidence_start, evidence_end"
                + " FROM deal_mentions WHERE deal_id = ?")) {
            s.setString(1, dealId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    evidence.put(
                            rows.getString(1),
                            new DealDetail.Evidence(rows.getString(2), rows.getInt(3), rows.getInt(4)));
                }
            }
        }
        return evidence;
    }

    private static Map<String, String> texts(Connection c, DealCard card) throws SQLException {
        Map<String, String> texts = new HashMap<>();
        String[] ids = card.sources().stream()
                .map(DealCard.Source::articleId)
                .distinct()
                .toArray(String[]::new);
        try (PreparedStatement s =
                c.prepareStatement("SELECT article_id, left(body_text, ?) FROM articles WHERE article_id = ANY (?)")) {
            s.setInt(1, DeskTopology.MAX_TEXT);
            s.setArray(2, c.createArrayOf("text", ids));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    texts.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return texts;
    }

    private static DealCard card(ResultSet row) throws SQLException {
        List<DealCard.Party> parties = new ArrayList<>();
        for (JsonNode p : json(row.getString("parties"))) {
            parties.add(new DealCard.Party(
                    p.path("name").asText(),
                    p.path("normalizedName").asText(),
                    p.path("role").asText()));
        }
        List<DealCard.Source> sources = new ArrayList<>();
        for (JsonNode s : json(row.getString("sources"))) {
            String url = s.path("url").asText();
            sources.add(new DealCard.Source(
                    s.path("eventId").asText(),
                    s.path("articleId").asText(),
                    SafeLinks.http(url).orElse(null),
                    SafeLinks.outlet(url).orElse(null),
                    s.path("title").asText(),
                    s.path("language").asText(),
                    s.hasNonNull("publishedAt")
                            ? Instant.parse(s.get("publishedAt").asText())
                            : null,
                    s.path("status").asText("UNKNOWN")));
        }
        Array languages = row.getArray("languages");
        return new DealCard(
                row.getString("deal_id"),
                row.getString("type"),
                row.getString("status"),
                parties,
                money(row, "amount"),
                null,
                (Double) row.getObject("stake_percent"),
                money(row, "valuation"),
                instant(row.getTimestamp("first_seen_at")),
                instant(row.getTimestamp("last_seen_at")),
                Arrays.stream((String[]) languages.getArray()).sorted().toList(),
                sources);
    }

    private static DealCard.Money money(ResultSet row, String prefix) throws SQLException {
        BigDecimal value = row.getBigDecimal(prefix + "_value");
        return value == null
                ? null
                : new DealCard.Money(
                        value.doubleValue(),
                        row.getString(prefix + "_currency"),
                        row.getBoolean(prefix + "_approximate"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static JsonNode json(String text) throws SQLException {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new SQLException("malformed JSON in the deals table: " + e.getMessage(), "22000", e);
        }
    }
}
