package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Japanese wording about new shares, on sentences written for these tests about fictional companies. */
class JapaneseSharesTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }

    @Test
    void aCompanyNamedWithItsLegalFormRaisesFromTheSubscribersOfItsNewShares() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(
                new ArticleInput("", "青葉ロボ株式会社（本社：東京都港区）は、北星キャピタルを引受先とする第三者割当増資により5億円を調達しました。", "ja"));

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.FUNDING_ROUND);
        assertThat(names(deals.get(0), PartyRole.TARGET))
                .singleElement()
                .asString()
                .startsWith("青葉ロボ");
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("北星キャピタル");
    }

    @Test
    void aCompanyThatTakesUpAnothersNewSharesIsItsInvestor() {
        List<ExtractedDeal> deals =
                EXTRACTOR.extract(new ArticleInput("", "青葉電機が北星精工の第三者割当増資を引き受け、発行済み株式の12%を取得する。", "ja"));

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.INVESTMENT);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("青葉電機");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("北星精工");
    }
}
