package io.dealwire.enrich.eval;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one evaluation run, as the spec defines them.
 *
 * @param overall deal matching over all articles
 * @param byType deal matching per gold/predicted type name
 * @param byLanguage deal matching per gold language
 * @param amountsCorrect matched pairs whose predicted amount has the gold currency and is within 1 % of the gold value
 * @param amountsGold matched pairs whose gold deal has an amount
 * @param articlesBoth articles with gold deals and predicted deals
 * @param articlesPredicted articles with predicted deals
 * @param articlesGold articles with gold deals
 * @param languageCorrect articles whose detected language equals the gold language
 * @param articles all articles
 */
public record EvalReport(
        Counts overall,
        SortedMap<String, Counts> byType,
        SortedMap<String, Counts> byLanguage,
        int amountsCorrect,
        int amountsGold,
        int articlesBoth,
        int articlesPredicted,
        int articlesGold,
        int languageCorrect,
        int articles) {

    /** Copies the maps so that the record is immutable. */
    public EvalReport {
        byType = new TreeMap<>(byType);
        byLanguage = new TreeMap<>(byLanguage);
    }

    /** Amount accuracy; 0 when no matched pair has a gold amount. */
    public double amountAccuracy() {
        return ratio(amountsCorrect, amountsGold);
    }

    /** Article-level deal detection precision. */
    public double detectionPrecision() {
        return ratio(articlesBoth, articlesPredicted);
    }

    /** Article-level deal detection recall. */
    public double detectionRecall() {
        return ratio(articlesBoth, articlesGold);
    }

    /** Language accuracy over all articles. */
    public double languageAccuracy() {
        return ratio(languageCorrect, articles);
    }

    /** A plain-text table of every figure. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(line("overall", overall));
        out.append("by type\n");
        byType.forEach((k, v) -> out.append(line("  " + k, v)));
        out.append("by language\n");
        byLanguage.forEach((k, v) -> out.append(line("  " + k, v)));
        out.append(String.format(
                Locale.ROOT, "amount accuracy     %.3f (%d/%d)%n", amountAccuracy(), amountsCorrect, amountsGold));
        out.append(String.format(
                Locale.ROOT,
                "article detection   P %.3f R %.3f (%d both, %d predicted, %d gold)%n",
                detectionPrecision(),
                detectionRecall(),
                articlesBoth,
                articlesPredicted,
                articlesGold));
        out.append(String.format(
                Locale.ROOT, "language accuracy   %.3f (%d/%d)%n", languageAccuracy(), languageCorrect, articles));
        return out.toString();
    }

    private static String line(String label, Counts c) {
        return String.format(
                Locale.ROOT,
                "%-18s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n",
                label,
                c.precision(),
                c.matchedPredictions(),
                c.predictions(),
                c.recall(),
                c.matchedGold(),
                c.gold(),
                c.f1());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static SortedMap<String, Counts> add(Map<String, Counts> map, String key, Counts c) {
        SortedMap<String, Counts> copy = new TreeMap<>(map);
        copy.merge(key, c, Counts::plus);
        return copy;
    }
}
