package io.dealwire.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    @Test
    void cutsLongTextAtACharacterBoundary() {
        String text = "買収".repeat(100_000);

        String cut = FieldLimits.text(text);

        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(FieldLimits.MAX_TEXT_BYTES - 1);
        assertThat(text).startsWith(cut);
    }

    @Test
    void keepsShortTextWhole() {
        assertThat(FieldLimits.text("Fusion annoncée.")).isEqualTo("Fusion annoncée.");
    }

    @Test
    void dropsOversizedHtml() {
        assertThat(FieldLimits.html("<p>" + "x".repeat(FieldLimits.MAX_HTML_BYTES) + "</p>"))
                .isEmpty();
        assertThat(FieldLimits.html("<p>ok</p>")).contains("<p>ok</p>");
    }
}
