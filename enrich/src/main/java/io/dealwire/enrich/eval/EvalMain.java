package io.dealwire.enrich.eval;

import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.language.LanguageDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs language detection and deal extraction over gold files and prints the spec's figures:
 * {@code EvalMain <gold.jsonl or folder>... [--verbose] [--misses]}. Articles are read in the language the detector finds, as in the
 * pipeline; {@code --verbose} also prints each article's predictions.
 */
public final class EvalMain {
    private EvalMain() {}

    /** Entry point; exits with status 2 on a usage or read error. */
    public static void main(String[] args) throws IOException {
        List<Path> paths = Arrays.stream(args)
                .filter(a -> !a.startsWith("--"))
                .map(Path::of)
                .toList();
        if (paths.isEmpty()) {
            System.err.println("usage: EvalMain <gold.jsonl or folder>... [--verbose] [--misses]");
            System.exit(2);
        }
        List<GoldArticle> gold = GoldCorpus.read(paths);
        List<String> flags = Arrays.asList(args);
        if (flags.contains("--misses")) {
            List<DealScorer.ArticleOutcome> outcomes = Evaluation.run(
                    gold,
                    LanguageDetector.forLanguages(LanguageDetector.defaultLanguages()),
                    DealExtractor.withDefaultLexicons());
            System.out.print(Evaluation.misses(outcomes));
            System.out.print(DealScorer.score(outcomes).format());
            return;
        }
        System.out.print(
                evaluate(gold, flags.contains("--verbose") ? System.out : null).format());
    }

    /** Detects, extracts and scores every article; prints predictions to {@code trace} when it is not null. */
    public static EvalReport evaluate(List<GoldArticle> gold, PrintStream trace) {
        long started = System.nanoTime();
        List<DealScorer.ArticleOutcome> outcomes = Evaluation.run(
                gold,
                LanguageDetector.forLanguages(LanguageDetector.defaultLanguages()),
                DealExtractor.withDefaultLexicons());
        if (trace != null) {
            for (DealScorer.ArticleOutcome o : outcomes) {
                trace.println(o.gold().id() + " [" + o.detectedLanguage() + "] "
                        + o.gold().title());
                o.predicted().forEach(d -> trace.println("   " + describe(d)));
            }
            trace.printf("%d articles in %d ms%n", gold.size(), (System.nanoTime() - started) / 1_000_000);
        }
        return DealScorer.score(outcomes);
    }

    /** A deal on one line: type, status, parties, amount, stake, valuation. */
    static String describe(ExtractedDeal d) {
        return d.type() + "/" + d.status() + " "
                + parties(d)
                + d.amount()
                        .map(a -> " amount=" + a.value() + " " + a.currency())
                        .orElse("")
                + d.stakePercent().map(s -> " stake=" + s).orElse("")
                + d.valuation()
                        .map(a -> " valuation=" + a.value() + " " + a.currency())
                        .orElse("");
    }

    /** The parties of a deal as ROLE=name. */
    static String parties(ExtractedDeal d) {
        return d.parties().stream().map(p -> p.role() + "=" + p.name()).toList().toString();
    }
}
