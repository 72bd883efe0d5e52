package io.dealwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullWidthTest {
    @Test
    void foldsDigitsPointsAndPercentOneForOne() {
        assertThat(FullWidth.foldDigits("株式の１０．５％を取得")).isEqualTo("株式の10.5%を取得");
    }

    @Test
    void leavesCjkPunctuationBetweenWordsAlone() {
        assertThat(FullWidth.foldDigits("星河，云帆。")).isEqualTo("星河，云帆。");
    }
}
