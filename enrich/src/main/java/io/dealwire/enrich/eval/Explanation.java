package io.dealwire.enrich.eval;

import io.dealwire.enrich.deal.ArticleInput;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.internal.ArticleReader;
import io.dealwire.enrich.deal.internal.Candidate;
import io.dealwire.enrich.deal.internal.CandidateScorer;
import io.dealwire.enrich.deal.internal.Lexicon;
import io.dealwire.enrich.deal.internal.LexiconLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Why the extractor reported what it did for one article: every sentence that proposed a deal, what proposed it (a
 * rule's file and line, or a trigger's words and form), the parties it took, the scorer's probability and the
 * threshold it had to reach, and the features behind it; then the deals reported and, for a labelled article, which
 * labelled deals they match.
 */
public final class Explanation {
    private final ArticleReader proposer;
    private final CandidateScorer scorer;
    private final DealExtractor extractor;

    /** An explainer over the shipped lexicons, triggers and scorer. */
    public Explanation() {
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        for (String language : LexiconLoader.languages()) {
            lexicons.put(language, LexiconLoader.load(language));
        }
        this.proposer = ArticleReader.of(lexicons, CandidateScorer.keepAll());
        this.scorer = CandidateScorer.shipped();
        this.extractor = DealExtractor.withDefaultLexicons();
    }

    /** The explanation of {@code article} read as {@code language}. */
    public String explain(GoldArticle article, String language) {
        ArticleInput input = new ArticleInput(article.title(), article.text(), language);
        StringBuilder out = new StringBuilder();
        out.append(article.id())
                .append(" [")
                .append(language)
                .append("] ")
                .append(article.title())
                .append("\n\n");
        List<Candidate> candidates = proposer.candidates(input);
        if (candidates.isEmpty()) {
            out.append("No sentence has a rule's wording or a trigger with a name where its parties stand.\n");
        }
        String sentence = null;
        for (Candidate c : candidates) {
            String evidence = c.deal().evidence().isTitle()
                    ? "headline: " + c.deal().evidence().sentence()
                    : c.deal().evidence().sentence();
            if (!evidence.equals(sentence)) {
                sentence = evidence;
                out.append("\u00ab").append(evidence).append("\u00bb\n");
            }
            double p = scorer.probability(c.features());
            boolean kept = !c.scored() || scorer.keeps(c.features());
            out.append(String.format(
                    Locale.ROOT,
                    "  %-7s %s %s%n          by %s%n          %s%n          features: %s%n",
                    kept ? "KEPT" : "DROPPED",
                    c.deal().type() + "/" + c.deal().status(),
                    EvalMain.parties(c.deal()),
                    c.cue(),
                    c.scored()
                            ? String.format(
                                    Locale.ROOT, "probability %.3f, needs %.2f", p, scorer.thresholdFor(c.features()))
                            : "not scored: joined later to the deal it belongs to",
                    new TreeSet<>(c.features())));
        }
        List<ExtractedDeal> deals = extractor.extract(input);
        out.append("\nReported after merging and linking:\n");
        if (deals.isEmpty()) {
            out.append("  none\n");
        }
        int[] goldToPrediction = DealScorer.match(article.deals(), deals);
        for (ExtractedDeal d : deals) {
            out.append("  ").append(EvalMain.describe(d)).append('\n');
        }
        if (!article.deals().isEmpty()) {
            out.append("\nLabelled:\n");
            for (int g = 0; g < goldToPrediction.length; g++) {
                GoldDeal d = article.deals().get(g);
                out.append(goldToPrediction[g] >= 0 ? "  matched  " : "  missed   ")
                        .append(d.type())
                        .append(" buyer=")
                        .append(d.buyer())
                        .append(" target=")
                        .append(d.target())
                        .append(" partner=")
                        .append(d.partner())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
