package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.app.broker.EmbeddedBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dealwire ui} against a cluster: creates the topics, prints the desk's address, serves it, stops cleanly. */
class UiCommandTest {
    private static final Pattern URL = Pattern.compile("deal desk at (http://127\\.0\\.0\\.1:(\\d+)/)");

    @TempDir
    Path dir;

    private EmbeddedBroker broker;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        broker = EmbeddedBroker.start(BrokerSettings.of(dir, 0));
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void servesTheDeskAgainstAClusterUntilStopped() throws Exception {
        AtomicInteger exit = new AtomicInteger(-1);
        Thread command = new Thread(() -> {
            var cli = DealwireCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exit.set(cli.execute(
                    "ui",
                    "--bootstrap-servers",
                    broker.bootstrapServers(),
                    "--set",
                    "ui.port=0",
                    "--set",
                    "http.port=-1",
                    "--set",
                    "ui.rates=EUR=1.1"));
        });
        command.start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> URL.matcher(out.toString()).find());
        Matcher url = URL.matcher(out.toString());
        assertThat(url.find()).isTrue();

        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            HttpResponse<String> deals = http.send(
                    HttpRequest.newBuilder(URI.create(url.group(1) + "api/deals"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(deals.statusCode()).isEqualTo(200);
            assertThat(deals.body()).startsWith("{\"total\":0,").contains("\"ratesConfigured\":true");
        });
        assertThat(out.toString()).contains("dealwire ui: running against " + broker.bootstrapServers());

        command.interrupt(); // what a signal does: the stop request returns and the desk closes
        command.join(30_000);
        assertThat(exit.get()).as("err: %s", err).isZero();
        assertThat(out.toString()).contains("dealwire ui: stopping");
    }

    @Test
    void malformedRatesAreAConfigurationError() {
        var cli = DealwireCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("ui", "--bootstrap-servers", broker.bootstrapServers(), "--set", "ui.rates=EUR");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("ui.rates must be CODE=rate pairs").contains("was 'EUR'");
    }
}
