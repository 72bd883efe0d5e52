package io.dealwire.enrich.eval;

import io.dealwire.enrich.deal.ArticleInput;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.language.DetectedLanguage;
import io.dealwire.enrich.language.LanguageDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs language detection and deal extraction over a gold file and prints the spec's figures:
 * {@code EvalMain <gold.jsonl> [--verbose]}. Articles are read in the language the detector finds, as in the
 * pipeline; {@code --verbose} also prints each article's predictions.
 */
public final class EvalMain {
    private EvalMain() {}

    /** Entry point; exits with status 2 on a usage or read error. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EvalMain <gold.jsonl> [--verbose]");
            System.exit(2);
        }
        List<GoldArticle> gold;
        try (var in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            gold = GoldArticle.readJsonLines(in);
        }
        boolean verbose = args.length > 1 && args[1].equals("--verbose");
        System.out.print(evaluate(gold, verbose ? System.out : null).format());
    }

    /** Detects, extracts and scores every article; prints predictions to {@code trace} when it is not null. */
    public static EvalReport evaluate(List<GoldArticle> gold, PrintStream trace) {
        LanguageDetector detector = LanguageDetector.forLanguages(LanguageDetector.defaultLanguages());
        DealExtractor extractor = DealExtractor.withDefaultLexicons();
        List<DealScorer.ArticleOutcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (GoldArticle article : gold) {
            DetectedLanguage language = detector.detect(article.title() + "\n" + article.text(), Optional.empty());
            List<ExtractedDeal> deals =
                    extractor.extract(new ArticleInput(article.title(), article.text(), language.code()));
            outcomes.add(new DealScorer.ArticleOutcome(article, language.code(), deals));
            if (trace != null) {
                trace.println(article.id() + " [" + language.code() + "] " + article.title());
                deals.forEach(d -> trace.println("   " + describe(d)));
            }
        }
        if (trace != null) {
            trace.printf("%d articles in %d ms%n", gold.size(), (System.nanoTime() - started) / 1_000_000);
        }
        return DealScorer.score(outcomes);
    }

    private static String describe(ExtractedDeal d) {
        return d.type() + "/" + d.status() + " "
                + d.parties().stream().map(p -> p.role() + "=" + p.name()).toList()
                + d.amount()
                        .map(a -> " amount=" + a.value() + " " + a.currency())
                        .orElse("")
                + d.stakePercent().map(s -> " stake=" + s).orElse("")
                + d.valuation()
                        .map(a -> " valuation=" + a.value() + " " + a.currency())
                        .orElse("");
    }
}
