package io.dealwire.enrich.eval;

import io.dealwire.enrich.deal.ArticleInput;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.language.DetectedLanguage;
import io.dealwire.enrich.language.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs language detection and extraction over labelled articles, as the pipeline would, without scoring. */
public final class Evaluation {
    private Evaluation() {}

    /** One outcome per gold article, in order; the language is detected, never taken from the gold file. */
    public static List<DealScorer.ArticleOutcome> run(
            List<GoldArticle> gold, LanguageDetector detector, DealExtractor extractor) {
        List<DealScorer.ArticleOutcome> outcomes = new ArrayList<>(gold.size());
        for (GoldArticle article : gold) {
            DetectedLanguage language = detector.detect(article.title() + "\n" + article.text(), Optional.empty());
            List<ExtractedDeal> deals =
                    extractor.extract(new ArticleInput(article.title(), article.text(), language.code()));
            outcomes.add(new DealScorer.ArticleOutcome(article, language.code(), deals));
        }
        return outcomes;
    }

    /**
     * The gold deals no prediction matched and the predictions that matched no gold deal, article by article, with
     * the same one-to-one matching as the score.
     */
    public static String misses(List<DealScorer.ArticleOutcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (DealScorer.ArticleOutcome o : outcomes) {
            int[] goldToPrediction = DealScorer.match(o.gold().deals(), o.predicted());
            List<Integer> matched = new ArrayList<>();
            StringBuilder lines = new StringBuilder();
            for (int g = 0; g < goldToPrediction.length; g++) {
                if (goldToPrediction[g] < 0) {
                    lines.append("  missed   ")
                            .append(describe(o.gold().deals().get(g)))
                            .append('\n');
                } else {
                    matched.add(goldToPrediction[g]);
                }
            }
            for (int p = 0; p < o.predicted().size(); p++) {
                if (!matched.contains(p)) {
                    lines.append("  spurious ")
                            .append(describe(o.predicted().get(p)))
                            .append('\n');
                }
            }
            if (lines.length() > 0) {
                out.append(o.gold().id())
                        .append(" [")
                        .append(o.detectedLanguage())
                        .append("] ")
                        .append(o.gold().title())
                        .append('\n')
                        .append(lines);
            }
        }
        return out.toString();
    }

    private static String describe(GoldDeal d) {
        return d.type() + " buyer=" + d.buyer() + " target=" + d.target() + " partner=" + d.partner()
                + (d.amount() == null
                        ? ""
                        : " amount=" + d.amount().value() + " " + d.amount().currency());
    }

    private static String describe(ExtractedDeal d) {
        return d.type() + "/" + d.status() + " "
                + d.parties().stream().map(p -> p.role() + "=" + p.name()).toList()
                + d.amount()
                        .map(a -> " amount=" + a.value() + " " + a.currency())
                        .orElse("")
                + "  \u00ab" + d.evidence().sentence() + "\u00bb";
    }
}
