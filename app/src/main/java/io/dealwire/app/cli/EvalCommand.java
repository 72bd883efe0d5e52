package io.dealwire.app.cli;

import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.eval.DealScorer;
import io.dealwire.enrich.eval.EvalMain;
import io.dealwire.enrich.eval.Evaluation;
import io.dealwire.enrich.eval.Explanation;
import io.dealwire.enrich.eval.GoldArticle;
import io.dealwire.enrich.eval.GoldCorpus;
import io.dealwire.enrich.language.LanguageDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dealwire eval}: scores the extractor on labelled articles with the evaluation rules. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Runs language detection and deal extraction over labelled articles (JSON Lines: id, "
                + "language, genre, title, text, deals; see corpus/deals/GUIDELINES.md) and prints deal precision, "
                + "recall and F1 overall, per type, per language and per genre, a type confusion matrix, amount "
                + "accuracy, article-level detection precision and recall, and language accuracy. Read the "
                + "project's corpus with --split, or your own labelled files with --gold.")
final class EvalCommand implements Callable<Integer> {
    @Option(
            names = "--gold",
            paramLabel = "PATH",
            description = "A labelled JSON Lines file, or a folder of them (*.jsonl); repeatable.")
    List<Path> gold = new ArrayList<>();

    @Option(
            names = "--split",
            paramLabel = "NAME",
            description = "A split of the corpus: train, dev or test. Rules and weights are built from train and "
                    + "tuned on dev; test only reports figures.")
    String split;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "corpus/deals",
            description = "The corpus whose split --split reads (default: ${DEFAULT-VALUE}, from the repository).")
    Path corpus;

    @Option(
            names = "--language",
            paramLabel = "CODE",
            description = "Only the articles labelled with this language (ISO 639-1).")
    String language;

    @Option(names = "--genre", paramLabel = "GENRE", description = "Only the articles of this genre.")
    String genre;

    @Option(
            names = {"-v", "--verbose"},
            description = "Also print each article's predicted deals.")
    boolean verbose;

    @Option(
            names = "--explain",
            paramLabel = "ID",
            description = "Explain one article instead of scoring: each sentence that proposed a deal, the rule or "
                    + "trigger that proposed it, the parties it took, the scorer's probability and threshold and the "
                    + "features behind them, then what was reported and which labelled deals it matches.")
    String explain;

    @Option(
            names = "--misses",
            description = "Also list, per article, the gold deals missed and the spurious predictions.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        List<GoldArticle> articles = articles().stream()
                .filter(a -> language == null || language.equals(a.language()))
                .filter(a -> genre == null || genre.equals(a.genre()))
                .toList();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no labelled article matches the given files and filters");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (explain != null) {
            GoldArticle article = articles.stream()
                    .filter(a -> a.id().equals(explain))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no labelled article has the id " + explain));
            String language = LanguageDetector.forLanguages(LanguageDetector.defaultLanguages())
                    .detect(article.title() + "\n" + article.text(), java.util.Optional.empty())
                    .code();
            out.print(new Explanation().explain(article, language));
            return 0;
        }
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

    private List<GoldArticle> articles() throws IOException {
        if (gold.isEmpty() == (split == null)) {
            throw new IllegalArgumentException("give either --gold PATH or --split train|dev|test");
        }
        gold.stream().filter(p -> !Files.exists(p)).findFirst().ifPresent(p -> {
            throw new IllegalArgumentException("--gold file not found: " + p);
        });
        try {
            return split != null ? GoldCorpus.split(corpus, split) : GoldCorpus.read(gold);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
