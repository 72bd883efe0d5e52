package io.dealwire.enrich.eval;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one evaluation run, as the spec defines them.
 *
 * @param overall deal matching over all articles
 * @param byType deal matching per gold/predicted type name
 * @param byLanguage deal matching per gold language
 * @param byGenre deal matching per gold genre
 * @param byRegistry deal matching for deals whose subject (target or partners) the organisation registry knows
 *     ("known") and for the others ("unknown"): how well names are found without a list
 * @param confusion for each gold type (or {@value #NONE} for a prediction with no gold deal), how often each
 *     predicted type (or {@value #NONE} for a gold deal with no prediction) stood for it: a gold deal matched by
 *     type and parties counts on the diagonal, an unmatched one against an unmatched prediction naming the same
 *     parties under another type, else against {@value #NONE}
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
        SortedMap<String, Counts> byGenre,
        SortedMap<String, Counts> byRegistry,
        SortedMap<String, SortedMap<String, Integer>> confusion,
        int amountsCorrect,
        int amountsGold,
        int articlesBoth,
        int articlesPredicted,
        int articlesGold,
        int languageCorrect,
        int articles) {

    /** The row and column of the confusion matrix for "no deal". */
    public static final String NONE = "-";

    /** Copies the maps so that the record is immutable. */
    public EvalReport {
        byType = new TreeMap<>(byType);
        byLanguage = new TreeMap<>(byLanguage);
        byGenre = new TreeMap<>(byGenre);
        byRegistry = new TreeMap<>(byRegistry);
        SortedMap<String, SortedMap<String, Integer>> rows = new TreeMap<>();
        confusion.forEach((gold, row) -> rows.put(gold, new TreeMap<>(row)));
        confusion = rows;
    }

    /**
     * The share of gold deals of type {@code gold} that were predicted as {@code predicted} (matched on parties), over
     * all gold deals of that type; 0 when there are none.
     */
    public double confusionRate(String gold, String predicted) {
        SortedMap<String, Integer> row = confusion.getOrDefault(gold, new TreeMap<>());
        int total = row.values().stream().mapToInt(Integer::intValue).sum();
        return ratio(row.getOrDefault(predicted, 0), total);
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
        out.append("by genre\n");
        byGenre.forEach((k, v) -> out.append(line("  " + k, v)));
        out.append("by party (organisation registry)\n");
        byRegistry.forEach((k, v) -> out.append(line("  " + k, v)));
        out.append(confusionTable());
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

    /** Gold types down, predicted types across; {@value #NONE} is "no deal". */
    private String confusionTable() {
        SortedMap<String, Boolean> columns = new TreeMap<>();
        confusion.values().forEach(row -> row.keySet().forEach(k -> columns.put(k, true)));
        StringBuilder out = new StringBuilder("type confusion (rows: gold, columns: predicted)\n");
        out.append(String.format(Locale.ROOT, "  %-14s", ""));
        columns.keySet().forEach(c -> out.append(String.format(Locale.ROOT, "%7.6s", c)));
        out.append('\n');
        confusion.forEach((gold, row) -> {
            out.append(String.format(Locale.ROOT, "  %-14s", gold));
            columns.keySet().forEach(c -> out.append(String.format(Locale.ROOT, "%7d", row.getOrDefault(c, 0))));
            out.append('\n');
        });
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
}
