package io.dealwire.enrich.deal;

import static io.dealwire.enrich.deal.ReadDeals.EXTRACTOR;
import static io.dealwire.enrich.deal.ReadDeals.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review words with accented or Cyrillic endings, governments screening foreign buyers, passives with words between
 * the participle and the agent, verbs at the end of a German clause, and a buyer's list of acquisitions.
 */
class ReviewsAndListsTest {
    private static List<ExtractedDeal> of(DealType type, List<ExtractedDeal> deals) {
        return deals.stream().filter(d -> d.type() == type).toList();
    }

    @Test
    void aStemWithAnAccentedEndingStillReadsAsAReview() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "",
                "Clínicas Ribera y Laboratorios Oriente anunciaron su fusión en marzo. Indecopi aprobó la operación sin"
                        + " condiciones.",
                "es"));
        List<ExtractedDeal> reviews = of(DealType.REGULATORY, deals);
        assertThat(reviews).hasSize(1);
        assertThat(names(reviews.get(0), PartyRole.BUYER)).containsExactly("Indecopi");
        assertThat(names(reviews.get(0), PartyRole.TARGET)).contains("Clínicas Ribera", "Laboratorios Oriente");
    }

    @Test
    void aMinistryScreeningAForeignBuyerReviewsTheDeal() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "",
                "Der chinesische Investor Qingyuan Motion will den Maschinenbauer Hallberg Antriebe übernehmen. Das"
                        + " Bundeswirtschaftsministerium prüft die Übernahme.",
                "de"));
        assertThat(of(DealType.REGULATORY, deals))
                .anySatisfy(r -> assertThat(names(r, PartyRole.BUYER)).containsExactly("Bundeswirtschaftsministerium"));
    }

    @Test
    void theAgentOfAPassiveMayStandAfterATimeOrAShare() {
        ExtractedDeal deal = of(
                        DealType.ACQUISITION,
                        EXTRACTOR.extract(new ArticleInput(
                                "",
                                "Il produttore di valvole Idroval Sistemi è stato acquisito al 100% dalla Fontana"
                                        + " Holding, che ne ha rilevato anche i debiti.",
                                "it")))
                .get(0);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Fontana Holding");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Idroval Sistemi");
    }

    @Test
    void aVerbEndingAGermanClauseTakesBothPartiesBeforeIt() {
        ExtractedDeal deal = of(
                        DealType.ACQUISITION,
                        EXTRACTOR.extract(new ArticleInput(
                                "",
                                "Es war ein Signal, als der Konzern Kaltenberg Gruppe 2019 den Pumpenbauer Wessling"
                                        + " Hydraulik übernahm.",
                                "de")))
                .get(0);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Kaltenberg Gruppe");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Wessling Hydraulik");
    }

    @Test
    void aBuyersListGivesOneDealPerObject() {
        List<ExtractedDeal> deals = of(
                DealType.ACQUISITION,
                EXTRACTOR.extract(new ArticleInput(
                        "",
                        "Le groupe Valmont a repris l'an dernier Ortéa Santé pour 400 millions d'euros, puis"
                                + " l'allemand Brenner Medizintechnik pour 250 millions.",
                        "fr")));
        assertThat(deals)
                .extracting(d -> names(d, PartyRole.TARGET))
                .contains(List.of("Ortéa Santé"), List.of("Brenner Medizintechnik"));
        assertThat(deals).allSatisfy(d -> assertThat(names(d, PartyRole.BUYER)).containsExactly("Valmont"));
    }
}
