package io.dealwire.sink.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Evidence;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a {@link DealEvent} to one compact JSON object in the evaluation spec's deal shape, plus provenance.
 *
 * <p>Shape, in this field order:
 *
 * <pre>{@code
 * {"eventId":…,"dealId":…,"type":"ACQUISITION","status":"ANNOUNCED",
 *  "buyer":[…],"target":[…],"partner":[…],"seller":[…],
 *  "amount":{"value":2400000000,"currency":"USD","approximate":false},"stakePercent":12.5,
 *  "valuation":{"value":…,"currency":…,"approximate":…},
 *  "article":{"id":…,"url":…,"title":…,"language":"en","publishedAt":"2026-03-02T08:15:00Z"},
 *  "evidence":{"sentence":…,"start":0,"end":87},"confidence":0.92,"extractorVersion":"…"}
 * }</pre>
 *
 * <ul>
 *   <li>Absent optionals are <b>omitted</b>, never written as {@code null}: {@code status} when it is
 *       {@code UNKNOWN}, {@code amount}, {@code stakePercent}, {@code valuation}, {@code article.publishedAt}.
 *   <li>The four role arrays are always present (possibly empty), names in the order of the event's parties.
 *       Parties with role {@code OTHER} go to an {@code other} array written only when non-empty.
 *   <li>Numbers are written in plain notation with no trailing zeros ({@code 2400000000}, {@code 12.5}); a
 *       non-finite double (NaN, infinity) is omitted like an absent value.
 *   <li>The output has no line breaks and depends only on the event, so the same event gives a byte-identical line.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class DealEventJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final Map<PartyRole, String> ROLE_FIELDS = Map.of(
            PartyRole.BUYER, "buyer",
            PartyRole.TARGET, "target",
            PartyRole.PARTNER, "partner",
            PartyRole.SELLER, "seller",
            PartyRole.OTHER, "other");
    private static final List<PartyRole> ROLE_ORDER =
            List.of(PartyRole.BUYER, PartyRole.TARGET, PartyRole.PARTNER, PartyRole.SELLER, PartyRole.OTHER);

    private DealEventJson() {}

    /** The event as one JSON object without a trailing newline. */
    public static String toJson(DealEvent event) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("eventId", event.getEventId());
            json.writeStringField("dealId", event.getDealId());
            json.writeStringField("type", event.getType().name());
            if (event.getStatus() != DealStatus.UNKNOWN) {
                json.writeStringField("status", event.getStatus().name());
            }
            writeParties(json, event.getParties());
            writeMoney(json, "amount", event.getAmount());
            writeNumber(json, "stakePercent", event.getStakePercent());
            writeMoney(json, "valuation", event.getValuation());
            writeArticle(json, event);
            writeEvidence(json, event.getEvidence());
            writeNumber(json, "confidence", event.getConfidence());
            json.writeStringField("extractorVersion", event.getExtractorVersion());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write deal event " + event.getEventId() + " as JSON", e);
        }
        return out.toString();
    }

    /**
     * Reads a line written by {@link #toJson} back into an event. Lossy in one way: party normalised names are not
     * in the line, so each party's {@code normalizedName} is its name lower-cased.
     *
     * @throws IllegalArgumentException when the text is not such a line
     */
    public static DealEvent fromJson(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            return DealEvent.newBuilder()
                    .setEventId(node.required("eventId").asText())
                    .setDealId(node.required("dealId").asText())
                    .setType(DealType.valueOf(node.required("type").asText()))
                    .setStatus(DealStatus.valueOf(node.path("status").asText("UNKNOWN")))
                    .setParties(readParties(node))
                    .setAmount(readMoney(node.get("amount")))
                    .setStakePercent(
                            node.has("stakePercent") ? node.get("stakePercent").asDouble() : null)
                    .setValuation(readMoney(node.get("valuation")))
                    .setArticleId(node.required("article").required("id").asText())
                    .setArticleUrl(node.get("article").required("url").asText())
                    .setArticleTitle(node.get("article").required("title").asText())
                    .setArticleLanguage(node.get("article").required("language").asText())
                    .setArticlePublishedAt(readInstant(node.get("article").get("publishedAt")))
                    .setEvidence(readEvidence(node.required("evidence")))
                    .setConfidence(node.path("confidence").asDouble(Double.NaN))
                    .setExtractorVersion(node.required("extractorVersion").asText())
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a deal event line: " + e.getMessage(), e);
        }
    }

    /**
     * The {@code eventId} of a line, read without building an event; used to find what a file already holds.
     *
     * @throws IllegalArgumentException when the line is not a JSON object with a textual {@code eventId}
     */
    public static String eventIdOf(String line) {
        try {
            JsonNode id = MAPPER.readTree(line).get("eventId");
            if (id == null || !id.isTextual()) {
                throw new IllegalArgumentException("line has no textual eventId");
            }
            return id.asText();
        } catch (IOException e) {
            throw new IllegalArgumentException("line is not JSON: " + e.getMessage(), e);
        }
    }

    private static void writeParties(JsonGenerator json, List<Party> parties) throws IOException {
        for (PartyRole role : ROLE_ORDER) {
            List<String> names = new ArrayList<>();
            for (Party party : parties) {
                if (party.getRole() == role) {
                    names.add(party.getName());
                }
            }
            if (role == PartyRole.OTHER && names.isEmpty()) {
                continue;
            }
            json.writeArrayFieldStart(ROLE_FIELDS.get(role));
            for (String name : names) {
                json.writeString(name);
            }
            json.writeEndArray();
        }
    }

    private static void writeMoney(JsonGenerator json, String field, Money money) throws IOException {
        if (money == null || !Double.isFinite(money.getValue())) {
            return;
        }
        json.writeObjectFieldStart(field);
        writeNumber(json, "value", money.getValue());
        json.writeStringField("currency", money.getCurrency());
        json.writeBooleanField("approximate", money.getApproximate());
        json.writeEndObject();
    }

    private static void writeArticle(JsonGenerator json, DealEvent event) throws IOException {
        json.writeObjectFieldStart("article");
        json.writeStringField("id", event.getArticleId());
        json.writeStringField("url", event.getArticleUrl());
        json.writeStringField("title", event.getArticleTitle());
        json.writeStringField("language", event.getArticleLanguage());
        if (event.getArticlePublishedAt() != null) {
            json.writeStringField("publishedAt", event.getArticlePublishedAt().toString());
        }
        json.writeEndObject();
    }

    private static void writeEvidence(JsonGenerator json, Evidence evidence) throws IOException {
        json.writeObjectFieldStart("evidence");
        json.writeStringField("sentence", evidence.getSentence());
        json.writeNumberField("start", evidence.getStart());
        json.writeNumberField("end", evidence.getEnd());
        json.writeEndObject();
    }

    private static void writeNumber(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null || !Double.isFinite(value)) {
            return;
        }
        // plain notation: 2.4E9 would be valid JSON but hard on humans and on tools that compare text
        json.writeFieldName(field);
        json.writeNumber(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    private static List<Party> readParties(JsonNode node) {
        List<Party> parties = new ArrayList<>();
        for (PartyRole role : ROLE_ORDER) {
            for (JsonNode name : node.path(ROLE_FIELDS.get(role))) {
                String text = name.asText();
                parties.add(new Party(text, text.toLowerCase(Locale.ROOT), role));
            }
        }
        return parties;
    }

    private static Money readMoney(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new Money(
                node.required("value").asDouble(),
                node.required("currency").asText(),
                node.path("approximate").asBoolean(false));
    }

    private static Instant readInstant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }

    private static Evidence readEvidence(JsonNode node) {
        return new Evidence(
                node.required("sentence").asText(),
                node.required("start").asInt(),
                node.required("end").asInt());
    }
}
