package io.dealwire.enrich.deal;

import static io.dealwire.enrich.deal.ReadDeals.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deal's status read from the article around its sentence: a pending closing, the outcome the next sentence gives,
 * the furthest of two mentions, a review that has not begun, and a past tense that reports a done deal.
 */
class DealStatusFromTheArticleTest {
    private static List<ExtractedDeal> deals(String title, String text, String language) {
        return EXTRACTOR.extract(new ArticleInput(title, text, language));
    }

    private static ExtractedDeal first(DealType type, List<ExtractedDeal> deals) {
        return deals.stream().filter(d -> d.type() == type).findFirst().orElseThrow();
    }

    @Test
    void aClosingStillExpectedMakesADoneSaleAnnounced() {
        List<ExtractedDeal> deals = deals(
                "",
                "Il gruppo Ortalia ha ceduto la propria divisione surgelati a Brenta Holding per 120 milioni di euro."
                        + " Il closing è previsto entro giugno.",
                "it");
        assertThat(first(DealType.DIVESTITURE, deals).status()).isEqualTo(DealStatus.ANNOUNCED);
    }

    @Test
    void aPastTenseReportsADoneDeal() {
        List<ExtractedDeal> deals = deals(
                "",
                "Le fonds Causse Capital a pris une participation minoritaire de 15 % dans Lisière Cosmétiques.",
                "fr");
        assertThat(first(DealType.INVESTMENT, deals).status()).isEqualTo(DealStatus.COMPLETED);
    }

    @Test
    void theNextSentenceMayTellTheOutcome() {
        List<ExtractedDeal> deals = deals(
                "",
                "The first is Norvale's purchase of Quarry Games. Norvale agreed to buy the games publisher in 2021 and"
                        + " completed the acquisition in March 2022, after a long review.",
                "en");
        assertThat(first(DealType.ACQUISITION, deals).status()).isEqualTo(DealStatus.COMPLETED);
    }

    @Test
    void anAgreementOutweighsAModalAndARegulatorsProbeIsUnderWay() {
        List<ExtractedDeal> deals = deals(
                "",
                "Britain's Competition and Markets Authority has opened an investigation into Harlow Foods' planned"
                        + " £300m takeover of Brackley Dairies, saying the deal could reduce competition. Harlow agreed"
                        + " to buy Brackley Dairies in August.",
                "en");
        assertThat(first(DealType.ACQUISITION, deals).status()).isEqualTo(DealStatus.ANNOUNCED);
        assertThat(first(DealType.REGULATORY, deals).status()).isEqualTo(DealStatus.ANNOUNCED);
    }

    @Test
    void anApprovalStillNeededIsNoReview() {
        List<ExtractedDeal> deals = deals(
                "",
                "Drogarias Sol compra a rede Bem Estar por R$ 800 milhões. A operação ainda precisa ser aprovada pelo"
                        + " Cade.",
                "pt");
        assertThat(deals).noneMatch(d -> d.type() == DealType.REGULATORY);
        assertThat(first(DealType.ACQUISITION, deals).status()).isEqualTo(DealStatus.ANNOUNCED);
    }
}
