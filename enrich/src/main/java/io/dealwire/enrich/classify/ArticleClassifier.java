package io.dealwire.enrich.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.ArticleInput;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.enrich.language.LanguageDetector;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.PartyRole;
import java.util.Locale;
import java.util.Optional;

/**
 * The offline classifier behind {@code dealwire classify}: one article as a JSON object in (the gold format's
 * {@code id}, {@code title}, {@code text}, optional {@code language} and {@code publishedAt}), one JSON object out
 * with {@code id}, {@code language} and {@code deals} in the evaluation spec's deal shape, plus {@code seller},
 * {@code evidence}, {@code confidence} and the {@code extractorVersion}. Same extractor as the pipeline; no Kafka.
 *
 * <p>A {@code language} given in the input is trusted when the detector knows it; otherwise the language is detected
 * from title and text. Absent optional values are left out of the output. Thread-safe.
 */
public final class ArticleClassifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LanguageDetector languages;
    private final DealExtractor extractor;

    public ArticleClassifier(LanguageDetector languages, DealExtractor extractor) {
        this.languages = languages;
        this.extractor = extractor;
    }

    /**
     * Classifies one input line.
     *
     * @throws IllegalArgumentException when the line is not a JSON object with a string {@code text}
     */
    public ObjectNode classify(String line) {
        JsonNode article;
        try {
            article = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
        if (article == null || !article.isObject() || !article.path("text").isTextual()) {
            throw new IllegalArgumentException("each line must be a JSON object with a string field text");
        }
        String title = article.path("title").asText("");
        String text = article.path("text").asText();
        String language = language(article.path("language").asText(""), title, text);
        ObjectNode out = JSON.createObjectNode();
        out.set("id", article.get("id"));
        out.put("language", language);
        ArrayNode deals = out.putArray("deals");
        for (ExtractedDeal deal : extractor.extract(new ArticleInput(title, text, language))) {
            deals.add(deal(deal));
        }
        out.put("extractorVersion", DealExtractor.VERSION);
        return out;
    }

    private String language(String given, String title, String text) {
        String code = given.trim().toLowerCase(Locale.ROOT);
        if (languages.languages().contains(code)) {
            return code;
        }
        return languages.detect(title + "\n" + text, Optional.empty()).code();
    }

    static ObjectNode deal(ExtractedDeal deal) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", deal.type().name());
        if (deal.status() != DealStatus.UNKNOWN) {
            node.put("status", deal.status().name());
        }
        for (PartyRole role :
                new PartyRole[] {PartyRole.BUYER, PartyRole.TARGET, PartyRole.PARTNER, PartyRole.SELLER}) {
            ArrayNode names = JSON.createArrayNode();
            deal.parties().stream()
                    .filter(p -> p.role() == role)
                    .map(PartyMention::name)
                    .forEach(names::add);
            if (!names.isEmpty()) {
                node.set(role.name().toLowerCase(Locale.ROOT), names);
            }
        }
        deal.amount().ifPresent(a -> node.set("amount", money(a)));
        deal.stakePercent().ifPresent(s -> node.put("stakePercent", s));
        deal.valuation().ifPresent(v -> node.set("valuation", money(v)));
        ObjectNode evidence = node.putObject("evidence");
        evidence.put("sentence", deal.evidence().sentence());
        evidence.put("start", deal.evidence().start());
        evidence.put("end", deal.evidence().end());
        node.put("confidence", deal.confidence());
        return node;
    }

    private static ObjectNode money(Amount amount) {
        ObjectNode money = JSON.createObjectNode();
        money.put("value", amount.value());
        money.put("currency", amount.currency());
        if (amount.approximate()) {
            money.put("approximate", true);
        }
        return money;
    }
}
