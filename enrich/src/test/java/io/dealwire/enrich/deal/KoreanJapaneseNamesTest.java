package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Korean and Japanese rule parties judged by the language's tagger (nori, kuromoji): a word of the dictionary that is a
 * common noun is no name, while companies unknown to the dictionary and to the registry stay parties. Sentences
 * written for these tests about fictional companies.
 */
class KoreanJapaneseNamesTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static List<ExtractedDeal> extract(String language, String text) {
        return EXTRACTOR.extract(new ArticleInput("", text, language));
    }

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }

    private static List<String> allNames(List<ExtractedDeal> deals) {
        return deals.stream()
                .flatMap(d -> d.parties().stream())
                .map(PartyMention::name)
                .toList();
    }

    @Test
    void aKoreanCommonNounTakenByARuleIsNoParty() {
        List<ExtractedDeal> deals = extract("ko", "이번 협약은 회사가 자체 공장을 새로 짓는 투자로, 지분 투자나 인수와는 무관하다.");

        assertThat(allNames(deals)).doesNotContain("협약", "공장");
    }

    @Test
    void aKoreanCompanyUnknownToTheDictionaryStaysAParty() {
        List<ExtractedDeal> deals = extract("ko", "가람솔라가 해오름바이오를 500억원에 인수했다.");

        assertThat(deals).extracting(ExtractedDeal::type).contains(DealType.ACQUISITION);
        ExtractedDeal acquisition = deals.stream()
                .filter(d -> d.type() == DealType.ACQUISITION)
                .findFirst()
                .orElseThrow();
        assertThat(names(acquisition, PartyRole.BUYER)).containsExactly("가람솔라");
        assertThat(names(acquisition, PartyRole.TARGET)).containsExactly("해오름바이오");
    }

    @Test
    void aKoreanNameLosesTheParticleARuleLeftOnIt() {
        List<ExtractedDeal> deals = extract("ko", "한결텔레콤은 AI 스타트업 주식회사 소리결의 지분 100%를 300억원에 인수했다.");

        assertThat(deals).extracting(ExtractedDeal::type).contains(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("한결텔레콤");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("소리결");
    }

    @Test
    void aKoreanWordWithItsParticleIsNoPartyWhenTheWordIsACommonNoun() {
        List<ExtractedDeal> deals = extract("ko", "현대차 관계자는 \"이번 협력은 지분 투자나 인수가 아닌 기술 공동개발 계약\"이라고 설명했다.");

        assertThat(allNames(deals)).doesNotContain("협력은", "협력");
    }

    @Test
    void theMarketACompanyListsOnIsNoParty() {
        assertThat(allNames(extract("ko", "회사는 내년 하반기 코스닥 시장 상장을 목표로 주관사를 선정했다.")))
                .doesNotContain("코스닥");
        assertThat(allNames(extract("ja", "グロース市場の新規上場銘柄の株価が低迷している。"))).doesNotContain("グロース市場");
    }

    @Test
    void aCityAKindOfCompanyOrACountryIsNoParty() {
        assertThat(allNames(extract("ko", "합작법인은 도쿄에 설립되며 가람솔라가 49%, 해오름바이오가 51%를 출자한다.")))
                .doesNotContain("합작법인", "도쿄");
        assertThat(allNames(extract("ja", "過去最大は青葉電機によるアイルランドの製薬大手ソラリスの買収だった。")))
                .doesNotContain("アイルランド");
    }

    @Test
    void aJapaneseCommonNounInKanjiIsNoParty() {
        List<ExtractedDeal> deals = extract("ja", "代表的な事例は昨年の北星精工の売却だ。");

        assertThat(allNames(deals)).doesNotContain("事例");
    }

    @Test
    void aJapaneseNameReadFromInsideAProperNounGrowsToTheWholeOfIt() {
        List<ExtractedDeal> deals = extract("ja", "昨年、日本たばこ産業は東洋フーズを買収した。");

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("日本たばこ産業");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("東洋フーズ");
    }

    @Test
    void aForeignNameInJapaneseTextKeepsAllItsWords() {
        List<ExtractedDeal> deals = extract("ja", "青葉電機は、米国のHarbor Light Systemsを買収した。");

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Harbor Light Systems");
    }

    @Test
    void aJapaneseCompanyStaysAPartyWhetherTheDictionaryKnowsItOrNot() {
        List<ExtractedDeal> deals = extract("ja", "青葉電機は、半導体商社のソラリスエナジーを買収した。");

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("青葉電機");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("ソラリスエナジー");
    }
}
