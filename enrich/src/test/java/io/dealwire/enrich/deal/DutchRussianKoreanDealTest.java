package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dutch, Russian and Korean, the languages added as lexicon folders alone: roles from each language's own structure
 * (separable verbs, quoted names after a legal form, case particles), amounts in local notation, traps.
 */
class DutchRussianKoreanDealTest {
    private static DealExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = DealExtractor.withDefaultLexicons();
    }

    @Test
    void dutchSeparableVerbAndDescriptorsBeforeTheTarget() {
        ExtractedDeal deal = only(
                "nl",
                "Het Utrechtse softwarebedrijf Kwadrant neemt de Belgische start-up Payfold over voor 120 miljoen euro.");

        assertThat(deal.type()).isEqualTo(DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Kwadrant");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Payfold");
        assertThat(deal.amount()).contains(new Amount(1.2e8, "EUR", false));
    }

    @Test
    void dutchNominalFormWithDoorAndAStakeIsAnInvestment() {
        ExtractedDeal takeover = only("nl", "De overname van Brouwerij Van Dam door Zuiderhaven is afgerond.");
        assertThat(names(takeover, PartyRole.BUYER)).containsExactly("Zuiderhaven");
        assertThat(names(takeover, PartyRole.TARGET)).containsExactly("Brouwerij Van Dam");
        assertThat(takeover.status()).isEqualTo(DealStatus.COMPLETED);

        ExtractedDeal stake = only("nl", "Techfonds Noordkaap neemt een belang van 25 procent in het Indiase Swiggy.");
        assertThat(stake.type()).isEqualTo(DealType.INVESTMENT);
        assertThat(names(stake, PartyRole.TARGET)).containsExactly("Swiggy");
        assertThat(stake.stakePercent()).contains(25.0);
    }

    @Test
    void russianQuotedNamesLoseTheirLegalFormAndQuotes() {
        ExtractedDeal deal =
                only("ru", "ПАО «Северный металл» приобрело 100% ООО «Уральская проволока» за 12,5 млрд рублей.");

        assertThat(deal.type()).isEqualTo(DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Северный металл");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Уральская проволока");
        assertThat(deal.amount()).contains(new Amount(1.25e10, "RUB", false));
    }

    @Test
    void russianRoundNamesItsLeadInvestorInARelativeClause() {
        ExtractedDeal deal =
                only("ru", "Стартап «Нейролаб» привлек $15 млн в раунде, который возглавил фонд «Восход».");

        assertThat(deal.type()).isEqualTo(DealType.FUNDING_ROUND);
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Нейролаб");
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Восход");
    }

    @Test
    void koreanParticlesMarkBuyerAndTarget() {
        ExtractedDeal deal = only("ko", "한빛전자가 미국 전장기업 하이웨이랩스를 80억달러에 인수했다.");

        assertThat(deal.type()).isEqualTo(DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("한빛전자");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("하이웨이랩스");
        assertThat(deal.amount()).contains(new Amount(8e9, "USD", false));
        assertThat(deal.status()).isEqualTo(DealStatus.COMPLETED);
    }

    @Test
    void koreanMinorityStakeWithASpacedAmountIsAnInvestment() {
        ExtractedDeal deal = only("ko", "누리플랫폼은 별빛엔터테인먼트 지분 39.9%를 1조 2500억원에 취득했다.");

        assertThat(deal.type()).isEqualTo(DealType.INVESTMENT);
        assertThat(deal.stakePercent()).contains(39.9);
        assertThat(deal.amount()).contains(new Amount(1.25e12, "KRW", false));
    }

    @Test
    void koreanUnitOfACompanyIsReadAsThatCompany() {
        ExtractedDeal deal = only("ko", "한빛반도체가 인텔의 낸드 사업부를 90억 달러에 인수한다.");

        assertThat(names(deal, PartyRole.TARGET)).containsExactly("인텔");
        assertThat(deal.status()).isEqualTo(DealStatus.ANNOUNCED);
    }

    @Test
    void buybacksPledgesAndDenialsAreNotDeals() {
        assertThat(extractor.extract(
                        new ArticleInput("", "Kwadrant koopt eigen aandelen in voor 50 miljoen euro.", "nl")))
                .isEmpty();
        assertThat(extractor.extract(new ArticleInput(
                        "", "«Северный металл» опроверг сообщения о покупке «Уральской проволоки».", "ru")))
                .isEmpty();
        assertThat(extractor.extract(new ArticleInput("", "한빛전자는 자사주 매입을 위해 500억원을 투입한다고 밝혔다.", "ko")))
                .isEmpty();
    }

    private static ExtractedDeal only(String language, String text) {
        List<ExtractedDeal> deals = extractor.extract(new ArticleInput("", text, language));
        assertThat(deals).as(text).hasSize(1);
        return deals.get(0);
    }

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }
}
