package io.dealwire.enrich.deal;

import static io.dealwire.enrich.deal.ReadDeals.EXTRACTOR;
import static io.dealwire.enrich.deal.ReadDeals.first;
import static io.dealwire.enrich.deal.ReadDeals.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name that only qualifies the nouns after it ("the Wearside engineering firm Carver Moss"), the month of May read as
 * a month, and idioms of the analysis pieces: taking a company private, a share of the capital, forming an alliance.
 */
class IdiomsAndDescriptionsTest {
    @Test
    void aNameThatQualifiesTheNounsAfterItIsNoParty() {
        ExtractedDeal deal = first(
                DealType.ACQUISITION,
                "Harwick Capital bought 60 per cent of the Wearside engineering firm Carver Moss in May.",
                "en");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Carver Moss");
        assertThat(deal.status()).isNotEqualTo(DealStatus.RUMORED);
    }

    @Test
    void takingACompanyPrivateIsAnAcquisition() {
        ExtractedDeal deal = first(
                DealType.ACQUISITION,
                "A consortium led by Kanto Industrial Partners took Hoshida Electric private last year.",
                "en");
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Kanto Industrial Partners");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Hoshida Electric");
    }

    @Test
    void aShareOfTheCapitalIsAnInvestment() {
        ExtractedDeal deal = first(DealType.INVESTMENT, "Ardian Growth prend 15 % du capital de Lumisol.", "fr");
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Ardian Growth");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Lumisol");
    }

    @Test
    void twoCompaniesFormingAnAllianceArePartners() {
        ExtractedDeal deal = first(
                DealType.PARTNERSHIP,
                "Le groupe espagnol Sierra Solar et la française Héliance forment une alliance pour le stockage.",
                "fr");
        assertThat(names(deal, PartyRole.PARTNER)).contains("Sierra Solar", "Héliance");
    }

    @Test
    void aHolderReducingItsStakeReportsNoDeal() {
        assertThat(EXTRACTOR.extract(new ArticleInput(
                        "",
                        "The hedge fund Larkspur Capital has reduced its holding in Belmont Foods plc to 8.2 per cent"
                                + " from 10.1 per cent, a filing showed.",
                        "en")))
                .isEmpty();
        assertThat(EXTRACTOR.extract(new ArticleInput(
                        "",
                        "Die Fondsgesellschaft Westmark Asset Management hat ihre Beteiligung an der Kronfeld Optik AG"
                                + " unter die Meldeschwelle von 5 Prozent gesenkt.",
                        "de")))
                .isEmpty();
    }

    @Test
    void aStakeSoldIsTheBuyersInvestmentNotTheSellers() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "",
                "Elmwood Industries Inc said it sold its 19 pct stake in Harbor Marine Inc to Meridian Capital Corp for"
                        + " about 14.2 mln dlrs.",
                "en"));
        assertThat(deals)
                .filteredOn(d -> d.type() == DealType.INVESTMENT)
                .allSatisfy(d -> assertThat(names(d, PartyRole.BUYER)).containsExactly("Meridian Capital Corp"));
        assertThat(deals).anySatisfy(d -> assertThat(d.type()).isEqualTo(DealType.DIVESTITURE));
    }

    @Test
    void aRoundLedByAnInvestorNamesItAndNeverTheCompanyAsItsOwnInvestor() {
        ExtractedDeal english = first(
                DealType.FUNDING_ROUND,
                "Brume AI announced a 1.7 billion euro funding round led by the Dutch group Veldhoven Systems.",
                "en");
        assertThat(names(english, PartyRole.TARGET)).containsExactly("Brume AI");
        assertThat(names(english, PartyRole.BUYER)).containsExactly("Veldhoven Systems");
        ExtractedDeal french = first(
                DealType.FUNDING_ROUND,
                "Ce mardi, Brume IA a officialisé un tour de table de 1,7 milliard d'euros, mené par le néerlandais"
                        + " Veldhoven Systems, qui apporte à lui seul 1,3 milliard.",
                "fr");
        assertThat(names(french, PartyRole.BUYER)).containsExactly("Veldhoven Systems");
    }

    @Test
    void aSubjectPronounStandsForTheNameBeforeIt() {
        ExtractedDeal french = first(
                DealType.INVESTMENT,
                "Kerval a choisi une voie plus progressive : il est entré au capital de Valmonde en 2023 en acquérant"
                        + " 30 %.",
                "fr");
        assertThat(names(french, PartyRole.BUYER)).containsExactly("Kerval");
        ExtractedDeal english = first(
                DealType.ACQUISITION,
                "Harbury Group has been busy: last year it bought the Leeds software house Quillon for 40 million"
                        + " pounds.",
                "en");
        assertThat(names(english, PartyRole.BUYER)).containsExactly("Harbury Group");
        assertThat(names(english, PartyRole.TARGET)).containsExactly("Quillon");
    }

    @Test
    void twoCompaniesNamedBeforeTheirAgreementArePartners() {
        assertThat(names(
                        first(
                                DealType.PARTNERSHIP,
                                "Banco Solana y Previsora Vida renuevan y amplían su alianza de bancaseguros.",
                                "es"),
                        PartyRole.PARTNER))
                .contains("Banco Solana", "Previsora Vida");
        assertThat(names(
                        first(
                                DealType.PARTNERSHIP,
                                "Nordkabel und Aleph Quantum vereinbaren eine strategische Partnerschaft.",
                                "de"),
                        PartyRole.PARTNER))
                .contains("Nordkabel", "Aleph Quantum");
        assertThat(names(
                        first(
                                DealType.PARTNERSHIP,
                                "La logística vasca Garraio Ibaia se ha aliado con la neerlandesa Vissers Transport.",
                                "es"),
                        PartyRole.PARTNER))
                .contains("Garraio Ibaia", "Vissers Transport");
    }

    @Test
    void theMarketIsNeverTheCompanyListing() {
        ExtractedDeal dutch = first(
                DealType.IPO,
                "Westerkade Media is dinsdag op Euronext Amsterdam begonnen aan een beursnotering.",
                "nl");
        assertThat(names(dutch, PartyRole.TARGET)).containsExactly("Westerkade Media");
        assertThat(dutch.status()).isEqualTo(DealStatus.COMPLETED);
        ExtractedDeal english = first(
                DealType.IPO,
                "Holmwood Stores began trading today on the New York Stock Exchange under the symbol HWS.",
                "en");
        assertThat(names(english, PartyRole.TARGET)).containsExactly("Holmwood Stores");
        assertThat(english.status()).isEqualTo(DealStatus.COMPLETED);
    }
}
