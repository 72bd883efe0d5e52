package io.dealwire.app.cli;

import io.dealwire.enrich.classify.ArticleClassifier;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.language.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dealwire classify}: the pipeline's extractor over JSON Lines articles, offline. */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = "Reads JSON Lines articles ({\"id\", \"title\", \"text\", optional \"language\", "
                + "\"publishedAt\"}) and writes one JSON line per article: id, language and its deals in the "
                + "evaluation spec's shape (type, status, buyer, target, partner, amount, stakePercent, valuation)"
                + " plus evidence and confidence. Same extractor as the pipeline; needs no Kafka. A bad line is "
                + "reported on stderr with its number and skipped; the exit code is then 1.")
final class ClassifyCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "Input file; '-' or absent reads stdin.")
    String input;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of stdout.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ArticleClassifier classifier = new ArticleClassifier(
                LanguageDetector.forLanguages(LanguageDetector.defaultLanguages()),
                DealExtractor.withDefaultLexicons());
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        long lineNumber = 0;
        try (BufferedReader in = open();
                PrintWriter out = writer()) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.println(classifier.classify(line));
                } catch (IllegalArgumentException | io.dealwire.enrich.deal.DealExtractionException e) {
                    failures++;
                    err.printf("dealwire classify: line %d skipped: %s%n", lineNumber, e.getMessage());
                }
            }
        }
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    private BufferedReader open() throws IOException {
        if (input == null || input.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    }

    private PrintWriter writer() throws IOException {
        if (output == null) {
            Writer stdout = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8) {
                @Override
                public void close() throws IOException {
                    flush(); // leave System.out open
                }
            };
            return new PrintWriter(stdout);
        }
        return new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
    }
}
