package io.dealwire.app.cli;

import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.eval.DealScorer;
import io.dealwire.enrich.eval.EvalMain;
import io.dealwire.enrich.eval.Evaluation;
import io.dealwire.enrich.eval.GoldArticle;
import io.dealwire.enrich.language.LanguageDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dealwire eval}: scores the extractor on a labelled file with the evaluation spec's rules. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Runs language detection and deal extraction over a gold JSON Lines file (the format of "
                + "../shared/eval: id, language, title, text, deals) and prints deal precision, recall and F1 "
                + "(overall, per type, per language), amount accuracy, article-level detection precision and "
                + "recall, and language accuracy. Use it to evaluate dealwire on your own labelled articles.")
final class EvalCommand implements Callable<Integer> {
    @Option(
            names = "--gold",
            required = true,
            paramLabel = "FILE",
            description = "Labelled articles, one JSON object per line.")
    Path gold;

    @Option(
            names = {"-v", "--verbose"},
            description = "Also print each article's predicted deals.")
    boolean verbose;

    @Option(
            names = "--misses",
            description = "Also list, per article, the gold deals missed and the spurious predictions.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        List<GoldArticle> articles;
        try (var in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            articles = GoldArticle.readJsonLines(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("--gold file not found: " + gold);
        } catch (IOException e) {
            throw new IllegalArgumentException(gold + ": " + e.getMessage());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!misses) {
            out.print(EvalMain.evaluate(articles, verbose ? out : null).format());
            return 0;
        }
        List<DealScorer.ArticleOutcome> outcomes = Evaluation.run(
                articles,
                LanguageDetector.forLanguages(LanguageDetector.defaultLanguages()),
                DealExtractor.withDefaultLexicons());
        out.print(Evaluation.misses(outcomes));
        out.println();
        out.print(DealScorer.score(outcomes).format());
        return 0;
    }
}
