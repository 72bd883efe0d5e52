package io.dealwire.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    /** The definition the one-pass version replaces. */
    private static String byRegex(String text) {
        return text.replaceAll("[\\p{P}\\p{S}\\s]+", " ");
    }

    @Test
    void collapsesLikeTheRegexOnTextsInManyScripts() {
        List<String> texts = List.of(
                "",
                "  Northwind, Inc. agreed -- to buy «Caldera» for $2.4bn!  ",
                "Rachat de 62,5 % du capital… « pour 350 M€ » ; l'opération",
                "Übernahme: 1,2 Mrd. € — „Fusion“ (vorbehaltlich)\t\r\n\u000B\f",
                "星河科技以12亿元收购云帆数据。“交易”预计年内完成！",
                "東邦精機、港テックを買収へ（約３００億円）",
                "emoji \uD83D\uDE80\uD83D\uDCB0 and math ∑ ≤ ^ ` ~ | + < = >",
                "odd spaces\u00A0\u2003\u3000\u1680\u001C end",
                "surrogate punctuation \uD800\uDD00 and letters \uD835\uDC00");
        for (String text : texts) {
            assertThat(ContentHash.collapsed(text)).as(text).isEqualTo(byRegex(text));
        }
    }

    @Test
    void collapsesLikeTheRegexOnRandomCodePoints() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                int c = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x2FFFF);
                if (Character.isValidCodePoint(c) && !(c >= 0xD800 && c <= 0xDFFF)) {
                    text.appendCodePoint(c);
                }
            }
            assertThat(ContentHash.collapsed(text.toString())).isEqualTo(byRegex(text.toString()));
        }
    }

    @Test
    void ignoresCasePunctuationAndWhitespaceButNotWords() {
        String hash = ContentHash.of("Northwind buys Caldera", "It paid $2.4 billion.");
        assertThat(ContentHash.of("NORTHWIND  buys Caldera!", "It paid $2.4 billion"))
                .isEqualTo(hash);
        assertThat(ContentHash.of("Northwind buys Caldera", "It paid $2.5 billion."))
                .isNotEqualTo(hash);
        assertThat(hash).hasSize(32);
    }
}
