package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTextTest {
    @Test
    void everyCommandListShowsWholeFirstSentences() {
        List<String> summaries = new ArrayList<>();
        collect(DealwireCommand.commandLine(), summaries);

        assertThat(summaries).hasSizeGreaterThan(25);
        assertThat(summaries)
                .allSatisfy(
                        summary -> assertThat(summary).as(summary).endsWith(".").doesNotContain("%n"));
        assertThat(help()).contains("  ingest        Runs the ingest stage against a Kafka cluster.\n");
    }

    @Test
    void descriptionsAreWrappedAsParagraphsWithinTheUsageWidth() {
        String help = help("bench", "replay");

        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        // one paragraph, wrapped at word boundaries: no line of it stops after a word or two
        assertThat(help).contains("Replay throughput end to end: starts an embedded broker in a temporary\ndirectory,");
    }

    @Test
    void aFirstSentenceSkipsAbbreviationsAndParentheses() {
        CommandLine eval = DealwireCommand.commandLine().getSubcommands().get("eval");
        assertThat(CommandSummaries.summary(eval.getHelp())).contains("(JSON Lines: id, language, genre,");
        CommandLine backfill = DealwireCommand.commandLine().getSubcommands().get("backfill");
        assertThat(CommandSummaries.summary(backfill.getHelp())).contains("(e.g. Common Crawl's CC-NEWS;");
    }

    private static void collect(CommandLine cli, List<String> summaries) {
        cli.getSubcommands().values().forEach(sub -> {
            summaries.add(CommandSummaries.summary(sub.getHelp()));
            collect(sub, summaries);
        });
    }

    private static String help(String... command) {
        StringWriter out = new StringWriter();
        CommandLine cli = DealwireCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--help");
        cli.execute(args.toArray(String[]::new));
        return out.toString();
    }
}
