package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dealwire config check FILE}: validates without starting anything and names what is wrong. */
class ConfigCheckCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aClusterConfigurationWithSaslAndTlsIsValid() throws Exception {
        Path file = Files.writeString(dir.resolve("cluster.yaml"), """
                kafka:
                  bootstrap-servers: broker-1.internal:9093,broker-2.internal:9093
                  client:
                    security.protocol: SASL_SSL
                    sasl.mechanism: SCRAM-SHA-512
                    ssl.truststore.location: /etc/dealwire/truststore.p12
                topics:
                  replication-factor: 3
                sink:
                  postgres:
                    url: jdbc:postgresql://db.internal:5432/deals
                """);

        assertThat(run("config", "check", file.toString())).as("err: %s", err).isZero();
        assertThat(out.toString()).contains("configuration is valid");
    }

    @Test
    void aBadValueIsNamedWithItsKeyAndExitCodeTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "http:\n  port: 70000\n");

        assertThat(run("config", "check", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("http.port").contains("70000");
        assertThat(out.toString()).doesNotContain("valid");
    }

    @Test
    void anUnknownKeyIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.yaml"), "ingest:\n  polite-delay: 5s\n");

        assertThat(run("config", "check", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ingest.polite-delay");
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        assertThat(run("config", "check", dir.resolve("absent.yaml").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("configuration file not found").contains("absent.yaml");
    }

    @Test
    void theEnvironmentOverridesTheFileAndIsCheckedToo() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.yaml"), "http:\n  port: 9464\n");

        assertThat(run("config", "check", file.toString(), "--set", "http.port=-7"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("http.port").contains("-7");
    }

    private int run(String... args) {
        CommandLine cli = DealwireCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
