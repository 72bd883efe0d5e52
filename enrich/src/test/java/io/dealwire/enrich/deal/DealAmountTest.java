package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealAmountTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static ExtractedDeal only(DealType type, List<ExtractedDeal> deals) {
        return deals.stream().filter(d -> d.type() == type).findFirst().orElseThrow();
    }

    @Test
    void takesThePriceStatedInTheNextSentence() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "",
                "Norvale Systems has agreed to acquire Pellicot Labs. The buyer will pay about $2.3 billion in cash"
                        + " for the software maker. Pellicot Labs was founded in 2011.",
                "en"));
        assertThat(only(DealType.ACQUISITION, deals).amount()).contains(new Amount(2.3e9, "USD", true));
    }

    @Test
    void aValuationInTheNextSentenceIsNotThePrice() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "",
                "Norvale Systems has agreed to acquire Pellicot Labs. Analysts valued Pellicot Labs at $900 million"
                        + " last year.",
                "en"));
        assertThat(only(DealType.ACQUISITION, deals).amount()).isEmpty();
    }

    @Test
    void takesTheSumRaisedFarFromTheListingVerb() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "",
                "Corvina Robotics priced its initial public offering at $18 per share on Tuesday, the middle of its"
                        + " range, raising $620 million and valuing the company at $5 billion.",
                "en"));
        assertThat(only(DealType.IPO, deals).amount()).contains(new Amount(6.2e8, "USD", false));
    }

    @Test
    void readsItalianSumsWrittenWithDi() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(new ArticleInput(
                "", "Lunaris ha completato l'acquisizione di Ferrovento per 3 miliardi di euro.", "it"));
        assertThat(only(DealType.ACQUISITION, deals).amount()).contains(new Amount(3e9, "EUR", false));
    }

    @Test
    void japaneseTotalPriceInTheFollowingSentence() {
        List<ExtractedDeal> deals =
                EXTRACTOR.extract(new ArticleInput("", "北星電機は10日、南港精密の買収を完了したと発表した。買収額は総額約800億円となった。", "ja"));
        assertThat(only(DealType.ACQUISITION, deals).amount().map(Amount::value))
                .contains(8e10);
    }

    @Test
    void foldsAChineseLegalNameWithItsShortForm() {
        List<ExtractedDeal> deals = EXTRACTOR.extract(
                new ArticleInput("云帆集团暂缓上市", "交易所宣布，暂缓云帆数字科技集团股份有限公司在科创板上市。云帆集团原计划募资总额约20亿美元。", "zh"));
        assertThat(deals.stream().filter(d -> d.type() == DealType.IPO)).hasSize(1);
        assertThat(only(DealType.IPO, deals).amount().map(Amount::value)).contains(2e9);
    }
}
