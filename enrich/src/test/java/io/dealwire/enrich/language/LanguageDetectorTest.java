package io.dealwire.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.forLanguages(LanguageDetector.defaultLanguages());

    @Test
    void detectsArticleLanguages() {
        assertThat(DETECTOR.detect(
                                "Le groupe a annoncé jeudi la vente de sa filiale à un fonds américain.",
                                Optional.empty())
                        .code())
                .isEqualTo("fr");
        assertThat(DETECTOR.detect(
                                "Der Konzern hat am Mittwoch den Verkauf seiner Sparte bekannt gegeben.",
                                Optional.empty())
                        .code())
                .isEqualTo("de");
        assertThat(DETECTOR.detect("该公司周三宣布以十亿美元收购一家芯片初创企业。", Optional.empty()).code())
                .isEqualTo("zh");
    }

    @Test
    void usesTheHintWhenTheTextIsTooShort() {
        assertThat(DETECTOR.detect("OK", Optional.of("pt-BR")).code()).isEqualTo("pt");
        assertThat(DETECTOR.detect("OK", Optional.empty())).isEqualTo(DetectedLanguage.undetermined());
    }

    @Test
    void rejectsUnknownCodesByName() {
        assertThatThrownBy(() -> LanguageDetector.forLanguages(List.of("en", "qq")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qq");
    }

    @Test
    void defaultsCoverThePipelinesLanguages() {
        assertThat(LanguageDetector.defaultLanguages())
                .contains("en", "fr", "de", "es", "it", "pt", "nl", "zh", "ja", "ko", "ru", "ar", "pl", "sv", "tr");
    }
}
