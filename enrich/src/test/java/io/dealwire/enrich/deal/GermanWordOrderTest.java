package io.dealwire.enrich.deal;

import static io.dealwire.enrich.deal.ReadDeals.EXTRACTOR;
import static io.dealwire.enrich.deal.ReadDeals.first;
import static io.dealwire.enrich.deal.ReadDeals.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German word order: the subject after the verb when something else opens the clause, the agent of a passive with
 * "vom", the nouns of a registered name kept; and a round whose sum has no currency.
 */
class GermanWordOrderTest {
    @Test
    void aYearOpeningTheClausePutsTheBuyerAfterTheVerb() {
        ExtractedDeal deal = first(
                DealType.ACQUISITION,
                "Im Frühjahr 2022 kaufte der Logistiker Kestrel Cargo den Kühlkettenanbieter Frostweg.",
                "de");
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Kestrel Cargo");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Frostweg");
    }

    @Test
    void vomIntroducesTheAgentOfAPassive() {
        ExtractedDeal deal = first(
                DealType.ACQUISITION,
                "Der Pumpenbauer Wessling Hydraulik wurde 2020 vom dänischen Konzern Nordvand" + " übernommen.",
                "de");
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Nordvand");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Wessling Hydraulik");
    }

    @Test
    void theNounsOfARegisteredNameStayInIt() {
        ExtractedDeal deal =
                first(DealType.ACQUISITION, "Die Rechenwerk AG hat die Speicher Wolke GmbH übernommen.", "de");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Speicher Wolke GmbH");
    }

    @Test
    void aRoundsSumMayLeaveItsCurrencyToTheArticle() {
        ExtractedDeal deal = first(
                DealType.FUNDING_ROUND,
                "La fintech Pampa Cuentas levantó 25 millones en una ronda liderada por el fondo Austral Capital.",
                "es");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Pampa Cuentas");
    }

    @Test
    void aRoundsInvestorsFollowTheirOwnWords() {
        ExtractedDeal german = first(
                DealType.FUNDING_ROUND,
                "Das Kölner Start-up Nordlicht sammelte 12 Mio. Euro in einer Serie-A-Runde unter Führung von"
                        + " Brightwater ein.",
                "de");
        assertThat(names(german, PartyRole.BUYER)).containsExactly("Brightwater");
        ExtractedDeal portuguese = first(
                DealType.FUNDING_ROUND,
                "A startup mineira HidroVale captou 25 milhões de reais com a Serra Ventures.",
                "pt");
        assertThat(names(portuguese, PartyRole.BUYER)).containsExactly("Serra Ventures");
    }

    @Test
    void aVerbJoinedByUndSharesTheFirstVerbsSubject() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "",
                "Die Stiftungsfirma Lindauer Antriebe übernahm bereits 2015 den Spezialisten Harwell Automotive und"
                        + " schluckte 2020 den Bremsenhersteller Vabco.",
                "de"));
        assertThat(deals)
                .filteredOn(d -> d.type() == DealType.ACQUISITION)
                .extracting(d -> names(d, PartyRole.TARGET))
                .contains(List.of("Harwell Automotive"), List.of("Vabco"));
        assertThat(deals)
                .filteredOn(d -> d.type() == DealType.ACQUISITION)
                .allSatisfy(d -> assertThat(names(d, PartyRole.BUYER)).containsExactly("Lindauer Antriebe"));
    }

    @Test
    void aCityAdjectiveOrAMonthIsNoPartOfAName() {
        ExtractedDeal deal = first(
                DealType.ACQUISITION,
                "Die Münchner Vendel Partners übernahm im Frühjahr den Armaturenhersteller Kaltwasser aus dem"
                        + " Schwarzwald.",
                "de");
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Vendel Partners");
    }
}
