package io.dealwire.enrich.amount;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.internal.LexiconLoader;
import org.junit.jupiter.api.Test;

class CjkAmountTest {
    private static Amount first(String language, String sentence) {
        return LexiconLoader.load(language).amounts().find(sentence).get(0).amount();
    }

    @Test
    void readsChineseScalesAndCurrencies() {
        assertThat(first("zh", "以10亿美元收购")).isEqualTo(new Amount(1e9, "USD", false));
        assertThat(first("zh", "估值34.5亿美元")).isEqualTo(new Amount(3.45e9, "USD", false));
        assertThat(first("zh", "作价约8000万元")).isEqualTo(new Amount(8e7, "CNY", true));
        assertThat(first("zh", "人民币50亿元")).isEqualTo(new Amount(5e9, "CNY", false));
        assertThat(first("zh", "出资12亿港元")).isEqualTo(new Amount(1.2e9, "HKD", false));
    }

    @Test
    void readsAFigureRunningIntoARoundName() {
        assertThat(first("zh", "完成5亿元B轮融资")).isEqualTo(new Amount(5e8, "CNY", false));
    }

    @Test
    void readsJapaneseScalesFullWidthDigitsAndCompounds() {
        assertThat(first("ja", "約300億円で買収")).isEqualTo(new Amount(3e10, "JPY", true));
        assertThat(first("ja", "1兆円")).isEqualTo(new Amount(1e12, "JPY", false));
        assertThat(first("ja", "5,000億円")).isEqualTo(new Amount(5e11, "JPY", false));
        assertThat(first("ja", "１２０億円")).isEqualTo(new Amount(1.2e10, "JPY", false));
        assertThat(first("ja", "1兆2000億円")).isEqualTo(new Amount(1.2e12, "JPY", false));
        assertThat(first("ja", "141億ドル")).isEqualTo(new Amount(1.41e10, "USD", false));
        assertThat(first("ja", "20億ユーロ")).isEqualTo(new Amount(2e9, "EUR", false));
    }
}
