package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agency abbreviations for sums and stakes, German descriptions written in front of a name, and Chinese names fitted to
 * the words around them.
 */
class WireUnitsAndGermanDescriptionsTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static ExtractedDeal only(DealType type, List<ExtractedDeal> deals) {
        return deals.stream().filter(d -> d.type() == type).findFirst().orElseThrow();
    }

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }

    @Test
    void readsDollarsAndPercentagesWrittenTheAgencyWay() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "KESTREL FOODS TO ACQUIRE ALLEN BAKERIES",
                "Kestrel Foods Inc said it agreed in principle to acquire privately held Allen Bakeries Inc for about"
                        + " 42 mln dlrs in cash and stock.",
                "en"));
        assertThat(only(DealType.ACQUISITION, deals).amount()).contains(new Amount(42e6, "USD", true));

        List<ExtractedDeal> stake = EXTRACTOR.extract(new ArticleInput(
                "",
                "Baldwin Securities Corp said it raised its stake in Moorfield Industries Inc to 12.4 pct of the"
                        + " outstanding common shares.",
                "en"));
        assertThat(only(DealType.INVESTMENT, stake).stakePercent()).contains(12.4);
    }

    @Test
    void peelsAGermanCompoundThatDescribesTheCompany() {
        ExtractedDeal deal = only(
                DealType.ACQUISITION,
                EXTRACTOR.extract(new ArticleInput(
                        "", "Die Hartmann & Söhne Holding KG übernimmt den Leipziger Kaffeeröster Bohnenwerk.", "de")));
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Bohnenwerk");
    }

    @Test
    void aCompanyWhoseNameEndsLikeADescriptionKeepsItsLegalForm() {
        ExtractedDeal deal = only(
                DealType.ACQUISITION,
                EXTRACTOR.extract(new ArticleInput(
                        "", "Die Nordlicht Beteiligungen GmbH übernimmt die Hafenbank AG vollständig.", "de")));
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Hafenbank AG");
    }

    @Test
    void aDescriptionStandingAloneIsTheArticlesCompany() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "Siemens Healthineers kauft Varian",
                "Siemens Healthineers wagt die größte Übernahme seiner Geschichte. Der Erlanger"
                        + " Medizintechnikkonzern übernimmt den US-Spezialisten Varian Medical Systems für rund 16,4"
                        + " Mrd. Dollar.",
                "de"));
        assertThat(deals)
                .filteredOn(d -> d.type() == DealType.ACQUISITION)
                .allSatisfy(d -> assertThat(names(d, PartyRole.BUYER)).doesNotContain("Medizintechnikkonzern"));
        assertThat(deals)
                .filteredOn(d -> d.type() == DealType.ACQUISITION)
                .anySatisfy(d -> assertThat(names(d, PartyRole.BUYER)).containsExactly("Siemens Healthineers"));
    }

    @Test
    void aChineseNameIsNotReadFromInsideAWordNorRunsIntoTheVerbAfterIt() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(
                new ArticleInput("", "杭州瓦特云能源科技有限公司获得国网英大产业投资基金3亿元增资。这笔交易由康禾医疗与深圳前海汇康并购基金共同推进。", "zh"));
        assertThat(deals)
                .flatMap(ExtractedDeal::parties)
                .extracting(PartyMention::name)
                .isNotEmpty()
                .noneMatch(n -> n.startsWith("得") || n.endsWith("推进"));
    }

    @Test
    void aJointVentureAgreedWithAPartnerNamesBothPartners() {
        ExtractedDeal wire = only(
                DealType.PARTNERSHIP,
                EXTRACTOR.extract(new ArticleInput(
                        "",
                        "Corbel Plc, the British engineering group, said it agreed with Vautrin SA of France to form a"
                                + " joint venture to make rail brakes.",
                        "en")));
        assertThat(names(wire, PartyRole.PARTNER)).containsExactlyInAnyOrder("Corbel Plc", "Vautrin SA");

        ExtractedDeal spanish = only(
                DealType.PARTNERSHIP,
                EXTRACTOR.extract(new ArticleInput(
                        "",
                        "Aguas del Sureste y Ortega Ingeniería constituyen una empresa conjunta para la desalación.",
                        "es")));
        assertThat(names(spanish, PartyRole.PARTNER))
                .containsExactlyInAnyOrder("Aguas del Sureste", "Ortega Ingeniería");
    }

    @Test
    void aLoanExtendedWithLendersIsNoPartnership() {
        assertThat(EXTRACTOR.extract(new ArticleInput(
                        "", "Corbel Plc agreed with its bank lenders to extend the maturity of its loans.", "en")))
                .isEmpty();
    }

    @Test
    void investorsNamedInASentenceOfTheirOwnJoinTheRound() {
        ExtractedDeal round = only(
                DealType.FUNDING_ROUND,
                EXTRACTOR.extract(new ArticleInput(
                        "",
                        "Das Kölner Start-up Pflegeleicht hat in einer Seed-Runde 3,5 Mio. Euro eingesammelt. Beteiligt"
                                + " haben sich der Rheinauen-Fonds sowie Lindwurm Ventures.",
                        "de")));
        assertThat(names(round, PartyRole.TARGET)).containsExactly("Pflegeleicht");
        assertThat(names(round, PartyRole.BUYER)).contains("Lindwurm Ventures");
    }

    @Test
    void twoRoundsOfOneCompanyWithDifferentSumsStayTwo() {
        List<ExtractedDeal> rounds = EXTRACTOR
                .extract(new ArticleInput(
                        "",
                        "La jeune pousse Vidora annonce une série A de 12 millions d'euros. Vidora avait levé 2,5"
                                + " millions d'euros en amorçage en 2020.",
                        "fr"))
                .stream()
                .filter(d -> d.type() == DealType.FUNDING_ROUND)
                .toList();
        assertThat(rounds).extracting(d -> d.amount().orElseThrow().value()).containsExactlyInAnyOrder(12e6, 2.5e6);
    }
}
