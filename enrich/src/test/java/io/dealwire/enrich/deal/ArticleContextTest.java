package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences read in the light of their article: descriptions of the main company, deals named only "the deal". */
class ArticleContextTest {
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
    void theStartUpIsTheArticlesMainCompany() {
        List<ExtractedDeal> deals = extract(
                "en",
                "Brightloom draws interest from larger rivals",
                "Brightloom, which makes scheduling software, has drawn interest from several suitors. Keltic Systems"
                        + " confirmed on Tuesday its planned $900 million acquisition of the scheduling start-up.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Keltic Systems");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Brightloom");
    }

    @Test
    void aDescriptionIsNeverTheOtherPartyOfItsOwnDeal() {
        List<ExtractedDeal> deals = extract(
                "en",
                "Keltic Systems buys Brightloom",
                "Keltic Systems will buy Brightloom. Keltic Systems said the acquisition of the company would close in"
                        + " May.");
        assertThat(deals).hasSize(1);
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Brightloom");
    }

    @Test
    void frenchAndGermanDescriptionsToo() {
        List<ExtractedDeal> fr = extract(
                "fr",
                "Nuagerie intéresse les géants",
                "La start-up Nuagerie attire les convoitises. Groupe Vatel a annoncé le rachat de la jeune pousse pour"
                        + " 80 millions d'euros.");
        assertThat(fr).extracting(ExtractedDeal::type).contains(DealType.ACQUISITION);
        assertThat(fr.stream().flatMap(d -> names(d, PartyRole.TARGET).stream()))
                .contains("Nuagerie");
        List<ExtractedDeal> de = extract(
                "de",
                "Fendrich wächst weiter",
                "Fendrich hat seinen Umsatz verdoppelt. Die Holmberg Gruppe übernimmt das Unternehmen für 300 Mio."
                        + " Euro.");
        assertThat(de.stream().flatMap(d -> names(d, PartyRole.TARGET).stream()))
                .contains("Fendrich");
    }

    @Test
    void bothPartiesAbandoningTheDealCancelTheAcquisitionTheArticleIsAbout() {
        List<ExtractedDeal> deals = extract(
                "en",
                "Calloway and Pintrex abandon $7 billion deal",
                "The two companies said on Friday that they had ended talks after antitrust pushback. Calloway first"
                        + " proposed the takeover in March.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(deals.get(0).status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Calloway");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Pintrex");
        assertThat(deals.get(0).amount()).contains(new Amount(7e9, "USD", false));
    }

    @Test
    void anAbandonedMergerStaysAMerger() {
        List<ExtractedDeal> deals = extract(
                "es",
                "Telvia y Ondacom abandonan el acuerdo",
                "Telvia y Ondacom abandonan el acuerdo de fusión anunciado en enero por las condiciones del regulador.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.MERGER);
        assertThat(deals.get(0).status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(names(deals.get(0), PartyRole.PARTNER)).containsExactlyInAnyOrder("Telvia", "Ondacom");
    }
}
