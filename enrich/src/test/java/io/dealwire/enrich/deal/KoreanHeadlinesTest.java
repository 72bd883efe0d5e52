package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Korean headline and disclosure wording, on sentences written for these tests about fictional companies. */
class KoreanHeadlinesTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static List<ExtractedDeal> extract(String title, String text) {
        return EXTRACTOR.extract(new ArticleInput(title, text, "ko"));
    }

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }

    @Test
    void readsAFundingHeadlineAndTheInvestorsItWasRaisedFrom() {
        List<ExtractedDeal> deals = extract(
                "물류 스타트업 루미온랩, 별빛벤처스 등으로부터 50억원 시드 투자 유치", "루미온랩이 별빛벤처스, 누리파트너스로부터 50억원 규모의 시드 투자를 유치했다고 3일 밝혔다.");

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.FUNDING_ROUND);
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("루미온랩");
        assertThat(names(deals.get(0), PartyRole.BUYER)).contains("별빛벤처스", "누리파트너스");
    }

    @Test
    void aMajorityStakeInADisclosureIsAnAcquisitionAndAMinorityOneAStake() {
        List<ExtractedDeal> control = extract("[공시] 소망정밀, 부품사 '한길오토' 지분 100% 취득 결정", "");
        assertThat(control).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(control.get(0), PartyRole.BUYER)).containsExactly("소망정밀");
        assertThat(names(control.get(0), PartyRole.TARGET)).containsExactly("한길오토");

        List<ExtractedDeal> stake = extract("[공시] 소망정밀, 한길오토 지분 20% 취득", "");
        assertThat(stake).extracting(ExtractedDeal::type).containsExactly(DealType.INVESTMENT);
    }

    @Test
    void readsAMergerOfTwoNamesJoinedByAMiddleDot() {
        List<ExtractedDeal> deals = extract("[공시] 소망정밀·한길오토 합병 결정", "");

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.MERGER);
        assertThat(names(deals.get(0), PartyRole.PARTNER)).containsExactly("소망정밀", "한길오토");
    }

    @Test
    void aCompanyTakenOverByAcquiringItIsTheTarget() {
        List<ExtractedDeal> deals = extract("", "소망정밀은 이스라엘의 한길오토를 취득하기로 합의했다.");

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("소망정밀");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("한길오토");
    }

    @Test
    void aPreIpoRoundIsAPrivateRoundNotAListing() {
        List<ExtractedDeal> deals =
                extract("식품 스타트업 루미온랩, 150억원 프리IPO 투자 유치…내년 코스닥 상장 목표", "루미온랩이 상장 전 지분투자(프리IPO) 라운드에서 150억원을 유치했다.");

        assertThat(deals)
                .extracting(ExtractedDeal::type)
                .contains(DealType.FUNDING_ROUND)
                .doesNotContain(DealType.IPO);
    }

    @Test
    void aCompanysOwnSharesBoughtBackAreNoTarget() {
        List<ExtractedDeal> deals = extract("", "소망금융지주가 3000억원 규모의 자사주를 사들여 소각한다.");

        assertThat(deals).isEmpty();
    }

    @Test
    void aListOfInvestorsIsNoHeadlineSubject() {
        List<ExtractedDeal> deals = extract("", "루미온랩은 별빛벤처스, 누리파트너스, 한빛캐피탈로부터 50억원 규모의 투자를 유치했다.");

        assertThat(deals).noneMatch(d -> names(d, PartyRole.TARGET).contains("별빛벤처스"));
    }
}
