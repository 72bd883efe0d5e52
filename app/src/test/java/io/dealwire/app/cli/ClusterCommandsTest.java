package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.app.testing.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands that talk to a cluster, against the embedded broker. */
class ClusterCommandsTest {
    @TempDir
    Path dir;

    private TestKafka broker;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        broker = TestKafka.start(dir);
    }

    @AfterEach
    void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void createsTheCatalogueGrowsPartitionsAndRefusesToShrink() {
        assertThat(run("topics", "describe")).as("err: %s", err).isZero();
        assertThat(out.toString()).contains("news.articles.raw").contains("missing");

        assertThat(run("topics", "create", "--set", "topics.replication-factor=1"))
                .isZero();
        assertThat(out.toString()).contains("created");

        assertThat(run("topics", "create", "--partitions", "4", "--set", "topics.replication-factor=1"))
                .isZero();
        assertThat(run("topics", "describe")).isZero();
        assertThat(out.toString()).containsPattern("deals\\.events\\s+4\\s+1\\s+delete\\s+-1");
        assertThat(out.toString()).containsPattern("deals\\.current\\s+4\\s+1\\s+compact");

        assertThat(run("topics", "create", "--partitions", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("would shrink");
    }

    @Test
    void importedFeedsAreListedBeforeTheirFirstPoll() throws Exception {
        Path list = dir.resolve("feeds.yaml");
        java.nio.file.Files.writeString(list, """
                feeds:
                  - url: https://news.example/markets/rss
                    name: Example markets
                    language: en
                  - url: https://presse.example/economie.xml
                    language: fr
                """);

        assertThat(run("feeds", "import", list.toString(), "--set", "topics.replication-factor=1"))
                .as("err: %s", err)
                .isZero();
        assertThat(out.toString()).contains("imported 2 feeds");
        assertThat(run("feeds", "list")).isZero();

        assertThat(out.toString())
                .containsPattern("true\\s+never polled.*https://news\\.example/markets/rss")
                .containsPattern("true\\s+never polled.*https://presse\\.example/economie\\.xml")
                .contains("2 feeds");
    }

    private int run(String... args) {
        CommandLine cli = DealwireCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--bootstrap-servers";
        all[args.length + 1] = broker.bootstrapServers();
        return cli.execute(all);
    }
}
