package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words that sit where a rule expects a company but are places, acronyms, regulator fragments or descriptions. */
class NonNameTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static List<ExtractedDeal> extract(String language, String title, String text) {
        return EXTRACTOR.extract(new ArticleInput(title, text, language));
    }

    private static List<String> parties(List<ExtractedDeal> deals) {
        return deals.stream()
                .flatMap(d -> d.parties().stream())
                .map(PartyMention::name)
                .toList();
    }

    @Test
    void aCountryOrCityIsNeverAParty() {
        assertThat(extract("en", "", "Most of the money will be invested in North America, the chief executive said."))
                .isEmpty();
        assertThat(extract("en", "", "Quorvex plans to invest $2 billion in Brazil over five years."))
                .isEmpty();
        assertThat(parties(extract("ja", "", "ミナト電機は仙台市に50億円を投資する。"))).doesNotContain("仙台市");
    }

    @Test
    void anAcronymIsNotACompany() {
        assertThat(extract("en", "", "Velmora Bio raises $300 million in IPO as biotech listings return."))
                .extracting(ExtractedDeal::type)
                .doesNotContain(DealType.FUNDING_ROUND);
        assertThat(parties(extract("en", "", "Tarnwell Telecom will invest £2 billion in 5G over four years.")))
                .doesNotContain("5G");
    }

    @Test
    void theTailOfARegulatorsNameIsNotACompany() {
        List<ExtractedDeal> deals = extract(
                "en",
                "",
                "The Competition and Markets Authority cleared the deal after the pair committed to invest £3 billion"
                        + " in AI over five years.");
        assertThat(parties(deals)).doesNotContain("Markets Authority", "AI");
    }

    @Test
    void germanCommonNounsAreNotCompanies() {
        assertThat(parties(extract(
                        "de", "", "Wie aus Insidern verlautete, investiert Brennwald 200 Mio. Euro in Insidern.")))
                .doesNotContain("Insidern");
    }

    @Test
    void aChineseDescriptionIsNotACompany() {
        assertThat(parties(extract("zh", "", "星河资本宣布以5亿元收购这家数据库软件公司。"))).doesNotContain("这家数据库软件公司");
    }

    @Test
    void aPurchaseAgreementIsNotAnAcquisitionOfTheCounterparty() {
        List<ExtractedDeal> deals = extract(
                "en",
                "",
                "Halvern Power will build a solar farm in Nevada under a 15-year power purchase agreement with Zentrix.");
        assertThat(deals).extracting(ExtractedDeal::type).doesNotContain(DealType.ACQUISITION);
    }

    @Test
    void moneyRaisedInAListingIsAnIpo() {
        List<ExtractedDeal> deals =
                extract("en", "", "Orvane Robotics raised $640 million in its Nasdaq IPO on Thursday.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.IPO);
        assertThat(deals.get(0).parties()).extracting(PartyMention::name).containsExactly("Orvane Robotics");
    }

    @Test
    void buyingSharesForAMinorityStakeIsAnInvestment() {
        List<ExtractedDeal> deals = extract(
                "en",
                "",
                "Cobalt Systems will buy Pellucid Chips common stock at $18 a share, which will give it a stake of"
                        + " about 6% once the transaction closes.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.INVESTMENT);
        assertThat(deals.get(0).stakePercent()).contains(6.0);
        assertThat(deals.get(0).parties())
                .filteredOn(p -> p.role() == PartyRole.TARGET)
                .extracting(PartyMention::name)
                .containsExactly("Pellucid Chips");
    }
}
