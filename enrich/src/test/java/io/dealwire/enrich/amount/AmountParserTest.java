package io.dealwire.enrich.amount;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.internal.LexiconLoader;
import org.junit.jupiter.api.Test;

class AmountParserTest {
    private static Amount first(String language, String sentence) {
        return LexiconLoader.load(language).amounts().find(sentence).get(0).amount();
    }

    @Test
    void readsEachLanguagesConventions() {
        assertThat(first("en", "a $68.7 billion deal")).isEqualTo(new Amount(68.7e9, "USD", false));
        assertThat(first("en", "for £2.3bn")).isEqualTo(new Amount(2.3e9, "GBP", false));
        assertThat(first("fr", "pour 68,7 milliards de dollars")).isEqualTo(new Amount(68.7e9, "USD", false));
        assertThat(first("fr", "pour 650 M$")).isEqualTo(new Amount(650e6, "USD", false));
        assertThat(first("de", "für 4 Mrd. Euro")).isEqualTo(new Amount(4e9, "EUR", false));
        assertThat(first("es", "por 1.200 millones de euros")).isEqualTo(new Amount(1.2e9, "EUR", false));
        assertThat(first("pt", "por US$ 2,6 bilhões")).isEqualTo(new Amount(2.6e9, "USD", false));
    }

    @Test
    void marksHedgedFiguresApproximate() {
        assertThat(first("en", "up to $2 billion")).isEqualTo(new Amount(2e9, "USD", true));
        assertThat(first("fr", "près de 3 milliards d'euros")).isEqualTo(new Amount(3e9, "EUR", true));
    }

    @Test
    void flagsPricesPerShare() {
        assertThat(LexiconLoader.load("en")
                        .amounts()
                        .find("at $51 per share")
                        .get(0)
                        .perUnit())
                .isTrue();
    }

    @Test
    void parsesSeparatorsByPosition() {
        assertThat(AmountParser.parseNumber("13.900", true)).isEqualTo(13900);
        assertThat(AmountParser.parseNumber("1,16", true)).isEqualTo(1.16);
        assertThat(AmountParser.parseNumber("1,200", false)).isEqualTo(1200);
        assertThat(AmountParser.parseNumber("4.87", false)).isEqualTo(4.87);
    }
}
