package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese parties: a dictionary's common noun is none; a Latin name keeps all its words. */
class ChineseNamesTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static List<String> parties(String text) {
        return EXTRACTOR.extract(new ArticleInput("", text, "zh")).stream()
                .flatMap(d -> d.parties().stream())
                .map(PartyMention::name)
                .toList();
    }

    @Test
    void cashAndAConsortiumAreNoParties() {
        assertThat(parties("随后，西江证券又以现金收购汇融证券约64.6%的股份，取得其控制权。")).doesNotContain("现金");
        assertThat(parties("2017年，华腾牵头的财团以86亿美元从日方收购北辰游戏84%的股权。")).doesNotContain("财团");
    }

    @Test
    void aLatinNameKeepsItsSecondWord() {
        assertThat(parties("远景光学于今年3月宣布以约1.2亿欧元收购Brandt Optik。")).contains("Brandt Optik");
    }
}
