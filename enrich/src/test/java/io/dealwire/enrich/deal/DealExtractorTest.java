package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealExtractorTest {
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
    void readsAnEnglishAcquisitionWithItsAmount() {
        List<ExtractedDeal> deals =
                extract("en", "", "Globex said on Tuesday it would acquire Initech for $3.2 billion in cash.");
        assertThat(deals).hasSize(1);
        assertThat(deals.get(0).type()).isEqualTo(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Globex");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Initech");
        assertThat(deals.get(0).amount()).contains(new Amount(3.2e9, "USD", false));
    }

    @Test
    void readsThePassiveVoice() {
        List<ExtractedDeal> deals =
                extract("en", "", "Umbrella Labs agreed to be acquired by Wayne Enterprises last week.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Wayne Enterprises");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Umbrella Labs");
    }

    @Test
    void readsTheFrenchNominalFormWithPar() {
        List<ExtractedDeal> deals =
                extract("fr", "", "Le régulateur a validé le rachat de Fromagerie Dupont par Laitière Martin.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Laitière Martin");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Fromagerie Dupont");
    }

    @Test
    void readsAGermanDisposalWithBuyerAndAmount() {
        List<ExtractedDeal> deals = extract(
                "de",
                "",
                "Brauhaus verkauft seine Getränkesparte Quellwerk für 1,2 Mrd. Euro an den Konkurrenten Sprudel.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.DIVESTITURE);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Sprudel");
        assertThat(deals.get(0).amount()).contains(new Amount(1.2e9, "EUR", false));
    }

    @Test
    void turnsAMinorityPurchaseIntoAnInvestmentWithItsStake() {
        List<ExtractedDeal> deals =
                extract("es", "", "Grupo Norte comprará un 20 % de Aceros Sur por 300 millones de euros.");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.INVESTMENT);
        assertThat(deals.get(0).stakePercent()).contains(20.0);
        assertThat(deals.get(0).amount()).contains(new Amount(3e8, "EUR", false));
    }

    @Test
    void attachesARegulatorsClearanceToTheDealItReviews() {
        String text = "Globex agreed to buy Initech in March. The European Commission cleared the deal on Monday.";
        List<ExtractedDeal> deals = extract("en", "", text);
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION, DealType.REGULATORY);
        assertThat(names(deals.get(1), PartyRole.BUYER)).containsExactly("European Commission");
        assertThat(names(deals.get(1), PartyRole.TARGET)).containsExactly("Globex", "Initech");
    }

    @Test
    void givesEvidenceOffsetsIntoTheText() {
        String text = "Shares rose. Globex said it would acquire Initech.";
        ExtractedDeal deal = extract("en", "", text).get(0);
        assertThat(text.substring(deal.evidence().start(), deal.evidence().end()))
                .isEqualTo(deal.evidence().sentence());
        assertThat(deal.evidence().sentence()).isEqualTo("Globex said it would acquire Initech.");
    }

    @Test
    void findsNoDealInTraps() {
        assertThat(extract("en", "", "The bank keeps customer acquisition costs low with referral bonuses."))
                .isEmpty();
        assertThat(extract("en", "", "Globex announced a $2 billion share buyback on Friday."))
                .isEmpty();
        assertThat(extract("en", "", "Initech denied a report that Globex would buy it."))
                .isEmpty();
        assertThat(extract("fr", "", "Le groupe va investir 30 milliards d'euros dans ses data centers en France."))
                .isEmpty();
        assertThat(extract("de", "", "Der Konzern investiert 2 Mrd. Euro in neue Rechenzentren."))
                .isEmpty();
    }

    @Test
    void neverThrowsOnHostileInput() {
        String huge = "Globex acquires Initech. ".repeat(200_000);
        assertThat(extract("en", "", "")).isEmpty();
        assertThat(extract("xx", "🚀🚀🚀", "😀".repeat(10_000))).isEmpty();
        assertThat(extract("und", "ⴰⵣⵓⵍ", "ⴰⵣⵓⵍ ⴼⵍⴰⵡⵏ")).isEmpty();
        // Speed is measured by ExtractionBench, not asserted here; the reader caps the work on a 5 MB text.
        assertThat(extract("en", "", huge)).hasSize(1);
    }

    @Test
    void findsNoDealInRandomMixedScriptJunk() {
        // Letters of six writing systems, deal words of three languages among them, spaces and punctuation.
        String[] pools = {
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
            "收购买入股份公司",
            "買収株式会社アイウエオ",
            "인수가나다라",
            "абвгдеАБВГД",
            "ابتثجح",
            "  ",
            ".,;:!?$%€&'-"
        };
        for (int seed = 0; seed < 5; seed++) {
            java.util.Random random = new java.util.Random(seed);
            StringBuilder junk = new StringBuilder();
            for (int i = 0; i < 100_000; i++) {
                String pool = pools[random.nextInt(pools.length)];
                junk.append(pool.charAt(random.nextInt(pool.length())));
            }
            for (String language : List.of("und", "zh", "ja", "en")) {
                assertThat(extract(language, "", junk.toString()))
                        .as("seed %d read as %s", seed, language)
                        .isEmpty();
            }
        }
    }

    @Test
    void isDeterministic() {
        String text =
                "Globex said it would acquire Initech for $1 billion. Hooli will invest $200 million in Pied Piper.";
        assertThat(extract("en", "", text)).isEqualTo(extract("en", "", text));
    }

    @Test
    void aGermanTwoWordNameWithoutAnArticleKeepsItsFirstWord() {
        for (String text : List.of(
                "Helmbrecht Maschinenbau übernimmt Vossberg Hydraulik.",
                "Helmbrecht Maschinenbau verhandelt über den Kauf von Vossberg Hydraulik.")) {
            List<ExtractedDeal> deals = extract("de", "", text);
            assertThat(deals).as(text).hasSize(1);
            assertThat(deals.get(0).parties())
                    .as(text)
                    .filteredOn(p -> p.role() == PartyRole.TARGET)
                    .extracting(PartyMention::name)
                    .containsExactly("Vossberg Hydraulik");
        }
        // After an article the first capitalised word still describes the name.
        assertThat(extract("de", "", "Helmbrecht Maschinenbau übernimmt den Pumpenspezialisten Vossberg.")
                        .get(0)
                        .parties())
                .filteredOn(p -> p.role() == PartyRole.TARGET)
                .extracting(PartyMention::name)
                .containsExactly("Vossberg");
    }

    @Test
    void aChineseConnectiveIsNotAListedCompany() {
        List<ExtractedDeal> deals = extract("zh", "", "锂电池制造商青岚动力周二在上海证券交易所科创板挂牌上市，通过首次公开募股募集资金约20亿元。");
        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.IPO);
        assertThat(deals.get(0).parties()).extracting(PartyMention::name).containsExactly("青岚动力");
    }
}
