package io.dealwire.enrich.eval;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.enrich.deal.PartyNames;
import io.dealwire.enrich.registry.OrganisationRegistry;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores predicted deals against gold deals by the evaluation spec: a prediction matches a gold deal when the types
 * are equal, a gold target or partner matches a predicted target or partner, and, when the gold deal names buyers, a
 * gold buyer matches a predicted buyer; names match when, normalised, one is a whole-word prefix of the other. Each
 * gold deal matches at most one prediction and vice versa (a maximum matching per article).
 */
public final class DealScorer {
    /** Amounts within this relative error of the gold value count as correct. */
    static final double AMOUNT_TOLERANCE = 0.01;

    /**
     * What the pipeline produced for one gold article.
     *
     * @param gold the labelled article
     * @param detectedLanguage the detector's ISO 639-1 code, or "und"
     * @param predicted the extractor's deals
     */
    public record ArticleOutcome(GoldArticle gold, String detectedLanguage, List<ExtractedDeal> predicted) {}

    private DealScorer() {}

    /** The figures for a set of articles. */
    public static EvalReport score(List<ArticleOutcome> outcomes) {
        Tally tally = new Tally();
        outcomes.forEach(tally::add);
        return tally.report();
    }

    /** Running totals over articles. */
    private static final class Tally {
        private Counts overall = Counts.ZERO;
        private final SortedMap<String, Counts> byType = new TreeMap<>();
        private final SortedMap<String, Counts> byLanguage = new TreeMap<>();
        private final SortedMap<String, Counts> byGenre = new TreeMap<>();
        private final SortedMap<String, Counts> byRegistry = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Integer>> confusion = new TreeMap<>();
        private int amountsCorrect;
        private int amountsGold;
        private int articlesBoth;
        private int articlesPredicted;
        private int articlesGold;
        private int languageCorrect;
        private int articles;

        void add(ArticleOutcome o) {
            List<GoldDeal> gold = o.gold().deals();
            List<ExtractedDeal> predicted = o.predicted();
            int[] goldToPrediction = match(gold, predicted);
            boolean[] predictionMatched = new boolean[predicted.size()];
            Counts article = Counts.ZERO;
            for (int g = 0; g < gold.size(); g++) {
                boolean matched = goldToPrediction[g] >= 0;
                Counts c = new Counts(0, 0, matched ? 1 : 0, 1);
                byType.merge(gold.get(g).type(), c, Counts::plus);
                List<String> subjects = new ArrayList<>(gold.get(g).target());
                subjects.addAll(gold.get(g).partner());
                byRegistry.merge(known(subjects), c, Counts::plus);
                article = article.plus(c);
                if (matched) {
                    predictionMatched[goldToPrediction[g]] = true;
                    if (gold.get(g).amount() != null) {
                        amountsGold++;
                        amountsCorrect += amountCorrect(
                                        gold.get(g).amount(),
                                        predicted.get(goldToPrediction[g]).amount())
                                ? 1
                                : 0;
                    }
                }
            }
            for (int p = 0; p < predicted.size(); p++) {
                Counts c = new Counts(predictionMatched[p] ? 1 : 0, 1, 0, 0);
                byType.merge(predicted.get(p).type().name(), c, Counts::plus);
                byRegistry.merge(known(names(predicted.get(p), PartyRole.TARGET, PartyRole.PARTNER)), c, Counts::plus);
                article = article.plus(c);
            }
            confuse(gold, predicted, goldToPrediction, predictionMatched.clone());
            overall = overall.plus(article);
            byLanguage.merge(String.valueOf(o.gold().language()), article, Counts::plus);
            byGenre.merge(o.gold().genre(), article, Counts::plus);
            boolean hasGold = !gold.isEmpty();
            boolean hasPrediction = !predicted.isEmpty();
            articlesBoth += hasGold && hasPrediction ? 1 : 0;
            articlesPredicted += hasPrediction ? 1 : 0;
            articlesGold += hasGold ? 1 : 0;
            languageCorrect += String.valueOf(o.gold().language()).equals(o.detectedLanguage()) ? 1 : 0;
            articles++;
        }

        /** Pairs each unmatched gold deal with an unmatched prediction that names the same parties, if any. */
        private void confuse(
                List<GoldDeal> gold, List<ExtractedDeal> predicted, int[] goldToPrediction, boolean[] used) {
            for (int g = 0; g < gold.size(); g++) {
                String predictedType = EvalReport.NONE;
                if (goldToPrediction[g] >= 0) {
                    predictedType = gold.get(g).type();
                } else {
                    for (int p = 0; p < predicted.size(); p++) {
                        if (!used[p] && partiesMatch(gold.get(g), predicted.get(p))) {
                            used[p] = true;
                            predictedType = predicted.get(p).type().name();
                            break;
                        }
                    }
                }
                count(gold.get(g).type(), predictedType);
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p]) {
                    count(EvalReport.NONE, predicted.get(p).type().name());
                }
            }
        }

        private void count(String goldType, String predictedType) {
            confusion.computeIfAbsent(goldType, k -> new TreeMap<>()).merge(predictedType, 1, Integer::sum);
        }

        EvalReport report() {
            return new EvalReport(
                    overall,
                    byType,
                    byLanguage,
                    byGenre,
                    byRegistry,
                    confusion,
                    amountsCorrect,
                    amountsGold,
                    articlesBoth,
                    articlesPredicted,
                    articlesGold,
                    languageCorrect,
                    articles);
        }
    }

    /** "known" when the registry knows one of {@code names}, else "unknown". */
    private static String known(List<String> names) {
        OrganisationRegistry registry = OrganisationRegistry.shipped();
        return names.stream().anyMatch(n -> registry.resolve(n).isPresent()) ? "known" : "unknown";
    }

    /** For each gold deal, the index of its matched prediction or -1, maximising the number of matched pairs. */
    public static int[] match(List<GoldDeal> gold, List<ExtractedDeal> predicted) {
        int[] predictionToGold = new int[predicted.size()];
        Arrays.fill(predictionToGold, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, gold, predicted, predictionToGold, new boolean[predicted.size()]);
        }
        int[] goldToPrediction = new int[gold.size()];
        Arrays.fill(goldToPrediction, -1);
        for (int p = 0; p < predicted.size(); p++) {
            if (predictionToGold[p] >= 0) {
                goldToPrediction[predictionToGold[p]] = p;
            }
        }
        return goldToPrediction;
    }

    // Kuhn's augmenting paths: a gold deal takes a free compatible prediction or displaces one that can move on.
    private static boolean augment(
            int g, List<GoldDeal> gold, List<ExtractedDeal> predicted, int[] owner, boolean[] seen) {
        for (int p = 0; p < predicted.size(); p++) {
            if (seen[p] || !matches(gold.get(g), predicted.get(p))) {
                continue;
            }
            seen[p] = true;
            if (owner[p] < 0 || augment(owner[p], gold, predicted, owner, seen)) {
                owner[p] = g;
                return true;
            }
        }
        return false;
    }

    /** The spec's match rule for one gold deal and one prediction. */
    public static boolean matches(GoldDeal gold, ExtractedDeal predicted) {
        return gold.type().equals(predicted.type().name()) && partiesMatch(gold, predicted);
    }

    /** The spec's match rule without the type: the same target or partner, and the same buyer when gold names one. */
    static boolean partiesMatch(GoldDeal gold, ExtractedDeal predicted) {
        List<String> goldSubjects = new ArrayList<>(gold.target());
        goldSubjects.addAll(gold.partner());
        List<String> predictedSubjects = names(predicted, PartyRole.TARGET, PartyRole.PARTNER);
        if (!anyMatch(goldSubjects, predictedSubjects)) {
            return false;
        }
        return gold.buyer().isEmpty() || anyMatch(gold.buyer(), names(predicted, PartyRole.BUYER));
    }

    private static List<String> names(ExtractedDeal deal, PartyRole... roles) {
        List<PartyRole> wanted = List.of(roles);
        return deal.parties().stream()
                .filter(p -> wanted.contains(p.role()))
                .map(PartyMention::name)
                .toList();
    }

    private static boolean anyMatch(List<String> gold, List<String> predicted) {
        for (String g : gold) {
            for (String p : predicted) {
                if (PartyNames.sameParty(PartyNames.normalize(g), PartyNames.normalize(p))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean amountCorrect(GoldDeal.GoldMoney gold, Optional<io.dealwire.enrich.deal.Amount> predicted) {
        return predicted
                .filter(a -> a.currency().equals(gold.currency()))
                .filter(a -> Math.abs(a.value() - gold.value()) <= AMOUNT_TOLERANCE * Math.abs(gold.value()))
                .isPresent();
    }
}
