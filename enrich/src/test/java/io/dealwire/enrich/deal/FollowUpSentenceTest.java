package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parties a sentence after the deal names: a round's lead investors, a regulator named twice. */
class FollowUpSentenceTest {
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

    @Test
    void joinsLeadInvestorsNamedInTheNextSentence() {
        assertThat(names(
                        extract("en", "Quillbyte raised $40 million. The round was led by Northgate Ventures.")
                                .get(0),
                        PartyRole.BUYER))
                .containsExactly("Northgate Ventures");
        assertThat(names(
                        extract(
                                        "fr",
                                        "Brumelia a levé 12 millions d'euros. Le tour de table est mené par Capital Azur.")
                                .get(0),
                        PartyRole.BUYER))
                .containsExactly("Capital Azur");
        assertThat(names(
                        extract(
                                        "de",
                                        "Wolkenwerk hat 20 Mio. Euro eingesammelt. Angeführt wird die Runde von Rheinkapital.")
                                .get(0),
                        PartyRole.BUYER))
                .containsExactly("Rheinkapital");
        assertThat(names(
                        extract(
                                        "es",
                                        "Solmarina ha captado 15 millones de euros. La ronda ha sido liderada por Faro Capital.")
                                .get(0),
                        PartyRole.BUYER))
                .containsExactly("Faro Capital");
        assertThat(names(extract("zh", "智谷机器人完成5亿元B轮融资。本轮融资由启明资本领投。").get(0), PartyRole.BUYER))
                .containsExactly("启明资本");
    }

    @Test
    void dropsInvestorsWithNoRoundToJoin() {
        assertThat(extract("en", "The round was led by Northgate Ventures.")).isEmpty();
    }

    @Test
    void keepsTwoRoundsApart() {
        List<ExtractedDeal> deals = extract(
                "de",
                "Wolkenwerk hat 20 Mio. Euro eingesammelt. Zuletzt hatte das Start-up Nebelhorn 50 Mio. Euro"
                        + " eingesammelt, unter anderem von Bergbank.");
        assertThat(deals).extracting(ExtractedDeal::type).containsOnly(DealType.FUNDING_ROUND);
        assertThat(names(deals.get(0), PartyRole.BUYER)).isEmpty();
        assertThat(names(deals.get(1), PartyRole.BUYER)).containsExactly("Bergbank");
    }

    @Test
    void reportsARegulatorNamedTwiceOnce() {
        List<ExtractedDeal> deals = extract(
                "en",
                "Globex agreed to buy Initech for $2 billion. The Competition and Markets Authority opened a probe."
                        + " The CMA will review the deal by March.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION, DealType.REGULATORY);
        assertThat(names(deals.get(1), PartyRole.BUYER)).containsExactly("Competition and Markets Authority");
    }

    @Test
    void aShortFormInALaterSentenceIsTheSamePartyUnderItsFullerName() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "Tollbridge to buy Marren",
                "Tollbridge Holdings agreed to buy Marren Optical Networks for $900 million. "
                        + "Marren's board backed the sale, and Tollbridge expects to complete the acquisition of Marren "
                        + "in the spring.",
                "en"));

        assertThat(deals).hasSize(1);
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Marren Optical Networks");
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Tollbridge Holdings");
    }
}
