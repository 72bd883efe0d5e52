package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** classify and eval run the pipeline's extractor offline, on files written for this test. */
class OfflineCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void classifyWritesOneLinePerArticleAndReportsBadLines() throws Exception {
        Path in = dir.resolve("articles.jsonl");
        Path out = dir.resolve("deals.jsonl");
        Files.write(
                in,
                List.of(
                        "{\"id\": \"a\", \"title\": \"Deal\", \"text\": \"Harrow Mills has agreed to acquire Penfold Textiles for $75 million.\"}",
                        "this line is broken",
                        "{\"id\": \"b\", \"text\": \"Der Zug nach Bremen fällt heute wegen eines Sturms aus.\"}"));
        StringWriter err = new StringWriter();

        int exit = run(err, "classify", in.toString(), "-o", out.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("line 2 skipped");
        List<JsonNode> lines =
                Files.readAllLines(out).stream().map(OfflineCommandsTest::parse).toList();
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("a", "b");
        assertThat(lines.get(0).at("/deals/0/type").asText()).isEqualTo("ACQUISITION");
        assertThat(lines.get(0).at("/deals/0/target/0").asText()).isEqualTo("Penfold Textiles");
        assertThat(lines.get(1).get("language").asText()).isEqualTo("de");
        assertThat(lines.get(1).get("deals")).isEmpty();
    }

    @Test
    void evalWithAMissingGoldFileFailsWithExitCode2() {
        StringWriter err = new StringWriter();

        int exit = run(err, "eval", "--gold", dir.resolve("missing.jsonl").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--gold file not found");
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = DealwireCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
