package io.dealwire.enrich.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.language.LanguageDetector;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleClassifierTest {
    private static ArticleClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = new ArticleClassifier(
                LanguageDetector.forLanguages(List.of("en", "fr", "de")), DealExtractor.withDefaultLexicons());
    }

    @Test
    void writesTheSpecDealShapeWithDetectedLanguage() {
        ObjectNode out = classifier.classify("""
                {"id": "t-1", "title": "Marlowe Freight to buy Tidewell", \
                "text": "Marlowe Freight has agreed to acquire Tidewell Ports for $900 million, the companies said."}
                """);

        assertThat(out.get("id").asText()).isEqualTo("t-1");
        assertThat(out.get("language").asText()).isEqualTo("en");
        assertThat(out.get("deals")).hasSize(1);
        var deal = out.get("deals").get(0);
        assertThat(deal.get("type").asText()).isEqualTo("ACQUISITION");
        assertThat(deal.get("buyer").get(0).asText()).isEqualTo("Marlowe Freight");
        assertThat(deal.get("target").get(0).asText()).isEqualTo("Tidewell Ports");
        assertThat(deal.at("/amount/value").asDouble()).isEqualTo(9e8);
        assertThat(deal.at("/amount/currency").asText()).isEqualTo("USD");
        assertThat(deal.has("valuation")).isFalse();
    }

    @Test
    void articleWithoutDealHasAnEmptyList() {
        ObjectNode out = classifier.classify(
                "{\"id\": 7, \"language\": \"fr\", \"text\": \"Il pleuvra demain sur toute la Bretagne.\"}");

        assertThat(out.get("id").asInt()).isEqualTo(7);
        assertThat(out.get("language").asText()).isEqualTo("fr");
        assertThat(out.get("deals")).isEmpty();
    }

    @Test
    void lineWithoutTextIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> classifier.classify("{\"id\": \"x\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> classifier.classify("not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a JSON object");
    }
}
