package io.dealwire.app.cli;

import io.dealwire.enrich.eval.GoldCorpus;
import io.dealwire.enrich.train.ScorerTrainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dealwire train}: trains the candidate scorer from the corpus's train split and tunes it on dev. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Trains the deal scorer: runs the rules and the trigger lexicons over the corpus's train split, "
                + "fits a logistic regression that tells the proposals matching a labelled deal from the others, "
                + "picks the threshold with the best deal F1 on the dev split, and writes the weights file the "
                + "extractor ships. Deterministic: the same corpus and lexicons give the same file. The test split is "
                + "never read. Rebuild dealwire afterwards for the new weights to take effect.")
final class TrainScorerCommand implements Callable<Integer> {
    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "corpus/deals",
            description = "The labelled corpus with train/ and dev/ folders (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "enrich/src/main/resources/io/dealwire/enrich/scorer/weights.tsv",
            description = "Where to write the weights (default: ${DEFAULT-VALUE}, the file the build ships).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintStream progress = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScorerTrainer.Result result;
        try {
            result = new ScorerTrainer()
                    .train(GoldCorpus.split(corpus, "train"), GoldCorpus.split(corpus, "dev"), progress);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        ScorerTrainer.write(result, out, "corpus: " + corpus + " (train to fit, dev to pick the threshold)");
        progress.printf(
                Locale.ROOT,
                "threshold %.2f: dev P %.3f R %.3f F1 %.3f; weights written to %s%n",
                result.threshold(),
                result.dev().overall().precision(),
                result.dev().overall().recall(),
                result.dev().overall().f1(),
                out);
        return 0;
    }
}
