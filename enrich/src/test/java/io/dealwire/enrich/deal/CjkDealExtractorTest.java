package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese and Japanese rules, on sentences written for these tests about fictional companies. */
class CjkDealExtractorTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static List<ExtractedDeal> extract(String language, String title, String text) {
        return EXTRACTOR.extract(new ArticleInput(title, text, language));
    }

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }

    @Test
    void readsAChineseAcquisitionWithPriceAndWeekday() {
        List<ExtractedDeal> deals = extract("zh", "", "星河科技周二宣布，将以约12亿美元收购云帆数据。");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("星河科技");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("云帆数据");
        assertThat(deals.get(0).amount()).contains(new Amount(1.2e9, "USD", true));
    }

    @Test
    void readsTheChinesePassiveAndDropsDescriptors() {
        List<ExtractedDeal> deals = extract("zh", "", "德国芯片制造商芯动半导体被蓝海资本以30亿元收购。");
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("蓝海资本");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("芯动半导体");
        assertThat(deals.get(0).amount()).contains(new Amount(3e9, "CNY", false));
    }

    @Test
    void readsTheSubjectBeforeAClause() {
        List<ExtractedDeal> deals = extract("zh", "", "北辰集团（Beichen）5月8日宣布，由于未获批准，已终止以8亿美元收购华岳软件的协议。");
        assertThat(deals.get(0).type()).isEqualTo(DealType.ACQUISITION);
        assertThat(deals.get(0).status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("北辰集团");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("华岳软件");
    }

    @Test
    void readsAChineseMergerPartnershipAndListing() {
        assertThat(extract("zh", "", "明光汽车与恒达汽车宣布合并。"))
                .extracting(ExtractedDeal::type)
                .containsExactly(DealType.MERGER);
        assertThat(extract("zh", "", "天宇通信与云岭科技签署战略合作协议。"))
                .extracting(ExtractedDeal::type)
                .containsExactly(DealType.PARTNERSHIP);
        List<ExtractedDeal> ipo = extract("zh", "", "极光出行计划在香港联交所主板上市。");
        assertThat(ipo).extracting(ExtractedDeal::type).containsExactly(DealType.IPO);
        assertThat(names(ipo.get(0), PartyRole.TARGET)).containsExactly("极光出行");
    }

    @Test
    void readsAChineseStakeAsAnInvestment() {
        List<ExtractedDeal> deals = extract("zh", "", "电商巨头星购向物流公司快达投资20亿元，持股15%。");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.INVESTMENT);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("星购");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("快达");
        assertThat(deals.get(0).stakePercent()).contains(15.0);
    }

    @Test
    void attachesARegulatorsReviewToTheChineseDeal() {
        List<ExtractedDeal> deals = extract("zh", "", "星河科技拟收购云帆数据。该交易尚待市场监管总局审查。");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION, DealType.REGULATORY);
        assertThat(names(deals.get(1), PartyRole.BUYER)).containsExactly("国家市场监督管理总局");
        assertThat(names(deals.get(1), PartyRole.TARGET)).containsExactly("星河科技", "云帆数据");
    }

    @Test
    void ignoresChineseTraps() {
        assertThat(extract("zh", "", "星河科技宣布回购10亿元股份。")).isEmpty();
        assertThat(extract("zh", "", "星河科技一季度营收同比增长20%，净利润达5亿元。")).isEmpty();
        assertThat(extract("zh", "", "星河科技将投资50亿元建设新的数据中心。")).isEmpty();
        assertThat(extract("zh", "", "星河科技任命王明为首席执行官。")).isEmpty();
        assertThat(extract("zh", "", "这款新手机将于下月上市，售价3999元。")).isEmpty();
    }

    @Test
    void readsJapaneseParticles() {
        List<ExtractedDeal> deals = extract("ja", "", "アルファ電機は10日、ベータ精工を約300億円で買収すると発表した。");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("アルファ電機");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("ベータ精工");
        assertThat(deals.get(0).amount()).contains(new Amount(3e10, "JPY", true));
    }

    @Test
    void readsAJapaneseHeadlineWithoutParticleAndDropsTheCountry() {
        List<ExtractedDeal> deals = extract("ja", "タウ電子、米ウプシロン買収を完了", "");
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("タウ電子");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("ウプシロン");
        assertThat(deals.get(0).status()).isEqualTo(DealStatus.COMPLETED);
    }

    @Test
    void readsJapaneseMergerInvestmentAndDisposal() {
        List<ExtractedDeal> merger = extract("ja", "", "イプシロン製薬とゼータ薬品は経営統合の協議を打ち切った。");
        assertThat(merger).extracting(ExtractedDeal::type).containsExactly(DealType.MERGER);
        assertThat(merger.get(0).status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(extract("ja", "", "ガンマ商事がデルタ物産に出資する。"))
                .extracting(ExtractedDeal::type)
                .containsExactly(DealType.INVESTMENT);
        List<ExtractedDeal> sale = extract("ja", "", "カッパ化学は、傘下のラムダ樹脂をミュー産業に売却すると発表した。");
        assertThat(sale).extracting(ExtractedDeal::type).containsExactly(DealType.DIVESTITURE);
        assertThat(names(sale.get(0), PartyRole.TARGET)).containsExactly("ラムダ樹脂");
        assertThat(names(sale.get(0), PartyRole.BUYER)).containsExactly("ミュー産業");
    }

    @Test
    void foldsAJapaneseHeadlineShortNameIntoTheBodyDeal() {
        List<ExtractedDeal> deals = extract("ja", "オメガG、シグマ工業の筆頭株主に", "オメガグループは3日、シグマ工業の筆頭株主になると発表した。");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.INVESTMENT);
        // The headline's short form is the same buyer: one party, under its full name.
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("オメガグループ");
    }

    @Test
    void ignoresJapaneseTraps() {
        assertThat(extract("ja", "", "アルファ電機は自社株買いを実施すると発表した。")).isEmpty();
        assertThat(extract("ja", "", "アルファ電機の決算は、純利益が1兆2000億円だった。")).isEmpty();
        assertThat(extract("ja", "", "アルファ電機は新型ゲーム機を5日に発売した。")).isEmpty();
    }
}
