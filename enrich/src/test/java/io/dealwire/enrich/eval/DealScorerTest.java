package io.dealwire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.Evidence;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealScorerTest {
    private static ExtractedDeal predicted(DealType type, String buyer, String target, Optional<Amount> amount) {
        List<PartyMention> parties = buyer == null
                ? List.of(PartyMention.of(target, PartyRole.TARGET))
                : List.of(PartyMention.of(buyer, PartyRole.BUYER), PartyMention.of(target, PartyRole.TARGET));
        return new ExtractedDeal(
                type,
                DealStatus.UNKNOWN,
                parties,
                amount,
                Optional.empty(),
                Optional.empty(),
                Evidence.fromTitle("t"),
                1.0);
    }

    private static GoldArticle article(String json) throws IOException {
        return GoldArticle.readJsonLines(new StringReader(json)).get(0);
    }

    @Test
    void matchesByTypeTargetPrefixAndBuyer() throws IOException {
        GoldArticle gold = article(
                "{\"id\":\"a\",\"language\":\"en\",\"deals\":[{\"type\":\"ACQUISITION\","
                        + "\"buyer\":[\"Globex Corp.\"],\"target\":[\"Initech\"],\"amount\":{\"value\":1000,\"currency\":\"USD\"}}]}");
        var good = predicted(
                DealType.ACQUISITION, "Globex", "Initech Software", Optional.of(new Amount(1005, "USD", false)));
        var wrongBuyer = predicted(DealType.ACQUISITION, "Hooli", "Initech", Optional.empty());
        var wrongType = predicted(DealType.INVESTMENT, "Globex", "Initech", Optional.empty());

        EvalReport report = DealScorer.score(
                List.of(new DealScorer.ArticleOutcome(gold, "en", List.of(wrongBuyer, wrongType, good))));

        assertThat(report.overall()).isEqualTo(new Counts(1, 3, 1, 1));
        assertThat(report.amountAccuracy()).isEqualTo(1.0);
        assertThat(report.byType().get("INVESTMENT")).isEqualTo(new Counts(0, 1, 0, 0));
    }

    @Test
    void letsEachGoldDealMatchOnePredictionOnly() throws IOException {
        GoldArticle gold =
                article("{\"id\":\"a\",\"language\":\"fr\",\"deals\":[{\"type\":\"IPO\",\"target\":[\"Acme\"]}]}");
        var twice = predicted(DealType.IPO, null, "Acme", Optional.empty());

        EvalReport report = DealScorer.score(List.of(new DealScorer.ArticleOutcome(gold, "de", List.of(twice, twice))));

        assertThat(report.overall()).isEqualTo(new Counts(1, 2, 1, 1));
        assertThat(report.overall().f1()).isEqualTo(2 * 0.5 * 1.0 / 1.5);
        assertThat(report.languageAccuracy()).isZero();
    }

    @Test
    void findsTheMaximumMatching() throws IOException {
        GoldArticle gold = article(
                "{\"id\":\"a\",\"language\":\"en\",\"deals\":["
                        + "{\"type\":\"MERGER\",\"partner\":[\"Alpha\",\"Beta\"]},{\"type\":\"MERGER\",\"partner\":[\"Alpha\"]}]}");
        var alphaBeta = new ExtractedDeal(
                DealType.MERGER,
                DealStatus.UNKNOWN,
                List.of(PartyMention.of("Beta", PartyRole.PARTNER)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Evidence.fromTitle("t"),
                1);
        var alpha = new ExtractedDeal(
                DealType.MERGER,
                DealStatus.UNKNOWN,
                List.of(PartyMention.of("Alpha", PartyRole.PARTNER)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Evidence.fromTitle("t"),
                1);

        assertThat(DealScorer.match(gold.deals(), List.of(alpha, alphaBeta))).containsExactly(1, 0);
    }

    @Test
    void countsArticleLevelDetection() throws IOException {
        GoldArticle negative = article("{\"id\":\"n\",\"language\":\"en\",\"deals\":[]}");
        var spurious = predicted(DealType.IPO, null, "Acme", Optional.empty());

        EvalReport report = DealScorer.score(List.of(new DealScorer.ArticleOutcome(negative, "en", List.of(spurious))));

        assertThat(report.articlesPredicted()).isEqualTo(1);
        assertThat(report.detectionPrecision()).isZero();
        assertThat(report.languageAccuracy()).isEqualTo(1.0);
    }

    @Test
    void countsATypeMistakeInTheConfusionMatrixAndScoresPerGenre() throws IOException {
        GoldArticle gold = article("{\"id\":\"w\",\"language\":\"en\",\"genre\":\"analysis\",\"deals\":["
                + "{\"type\":\"ACQUIHIRE\",\"buyer\":[\"Microsoft\"],\"target\":[\"Inflection AI\"]},"
                + "{\"type\":\"IPO\",\"target\":[\"Arm\"]}]}");
        var mistyped = predicted(DealType.ACQUISITION, "Microsoft", "Inflection", Optional.empty());
        var unrelated = predicted(DealType.MERGER, null, "Globex", Optional.empty());

        EvalReport report =
                DealScorer.score(List.of(new DealScorer.ArticleOutcome(gold, "en", List.of(mistyped, unrelated))));

        assertThat(report.confusion().get("ACQUIHIRE")).containsEntry("ACQUISITION", 1);
        assertThat(report.confusion().get("IPO")).containsEntry(EvalReport.NONE, 1);
        assertThat(report.confusion().get(EvalReport.NONE)).containsEntry("MERGER", 1);
        assertThat(report.confusionRate("ACQUIHIRE", "ACQUISITION")).isEqualTo(1.0);
        assertThat(report.byGenre().get("analysis")).isEqualTo(new Counts(0, 2, 0, 2));
        assertThat(report.format()).contains("by genre", "type confusion");
    }

    @Test
    void anArticleWithoutGenreIsUnspecified() throws IOException {
        assertThat(article("{\"id\":\"a\",\"language\":\"en\",\"deals\":[]}").genre())
                .isEqualTo(GoldArticle.NO_GENRE);
    }
}
