package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spanish, Italian and Portuguese: roles, amounts in each language's conventions, statuses and traps. */
class IberianItalianDealTest {
    private static DealExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = DealExtractor.withDefaultLexicons();
    }

    @Test
    void spanishAcquisitionWithBuyerTargetAndAmount() {
        ExtractedDeal deal = only(
                "es",
                "Grupo Talvera ha acordado la compra de Nubelia por 1.200 millones de euros, según informó la empresa.");

        assertThat(deal.type()).isEqualTo(DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Grupo Talvera");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Nubelia");
        assertThat(deal.amount()).contains(new Amount(1.2e9, "EUR", false));
    }

    @Test
    void spanishNominalFormNamesTheBuyerAfterPor() {
        ExtractedDeal deal = only("es", "La adquisición de Nubelia por Grupo Talvera se completó el lunes.");

        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Grupo Talvera");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Nubelia");
        assertThat(deal.status()).isEqualTo(DealStatus.COMPLETED);
    }

    @Test
    void italianAcquisitionWithBillionsOfEuros() {
        ExtractedDeal deal =
                only("it", "Vellani Industrie ha completato l'acquisizione di Serravento per 2 miliardi di euro.");

        assertThat(deal.type()).isEqualTo(DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Vellani Industrie");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Serravento");
        assertThat(deal.amount()).contains(new Amount(2e9, "EUR", false));
        assertThat(deal.status()).isEqualTo(DealStatus.COMPLETED);
    }

    @Test
    void portugueseStakePurchaseIsAnInvestmentWithItsStake() {
        ExtractedDeal deal = only("pt", "O Banco Caravela comprou 15% da fintech Pagamar por 40 milhões de euros.");

        assertThat(deal.type()).isEqualTo(DealType.INVESTMENT);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Banco Caravela");
        assertThat(names(deal, PartyRole.TARGET)).contains("Pagamar");
        assertThat(deal.stakePercent()).contains(15.0);
        assertThat(deal.amount()).contains(new Amount(4e7, "EUR", false));
    }

    @Test
    void quarterlyResultsAndBuybacksAreNotDeals() {
        assertThat(extractor.extract(new ArticleInput(
                        "", "Grupo Talvera obtuvo un beneficio de 300 millones de euros en el trimestre.", "es")))
                .isEmpty();
        assertThat(extractor.extract(new ArticleInput(
                        "",
                        "Vellani Industrie ha annunciato un riacquisto di azioni proprie per 500 milioni di euro.",
                        "it")))
                .isEmpty();
        assertThat(extractor.extract(new ArticleInput(
                        "", "O Banco Caravela registou lucros de 80 milhões de euros no semestre.", "pt")))
                .isEmpty();
    }

    private static ExtractedDeal only(String language, String text) {
        List<ExtractedDeal> deals = extractor.extract(new ArticleInput("", text, language));
        assertThat(deals).as("deals in: %s", text).hasSize(1);
        return deals.get(0);
    }

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }
}
