package io.dealwire.enrich.train;

import io.dealwire.enrich.eval.GoldCorpus;
import java.io.IOException;
import java.nio.file.Path;

/** {@code TrainMain <corpus dir> <weights.tsv>}: trains the scorer on the train split, tunes on dev, writes weights. */
public final class TrainMain {
    private TrainMain() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus/deals");
        Path out =
                Path.of(args.length > 1 ? args[1] : "enrich/src/main/resources/io/dealwire/enrich/scorer/weights.tsv");
        ScorerTrainer trainer = new ScorerTrainer();
        ScorerTrainer.Result result =
                trainer.train(GoldCorpus.split(corpus, "train"), GoldCorpus.split(corpus, "dev"), System.out);
        ScorerTrainer.write(result, out, "corpus: " + corpus + " (train, dev)");
        System.out.printf(
                "threshold %.2f, dev F1 %.3f; weights written to %s%n",
                result.threshold(), result.dev().overall().f1(), out);
    }
}
