package io.dealwire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dealwire run --demo} as its own process, watched through its operations endpoint the way an operator
 * would: {@code /health/ready} turns ready, the stage counters move while the demo runs, the lag and dead-letter
 * gauges are read from the broker, and SIGTERM stops it with exit code 0.
 */
class DemoRunMetricsTest {
    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process run;

    @AfterEach
    void stop() {
        if (run != null && run.isAlive()) {
            run.destroyForcibly();
        }
    }

    @Test
    void countersMoveGaugesReadTheBrokerAndSigtermExitsZero() throws Exception {
        int opsPort = freePort();
        String ops = "http://127.0.0.1:" + opsPort;
        Path log = dir.resolve("run.log");
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.dealwire.app.Main",
                        "run",
                        "--demo",
                        "--quiet",
                        "--data-dir",
                        dir.resolve("data").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DEALWIRE_HTTP_PORT", Integer.toString(opsPort));
        builder.environment().put("DEALWIRE_DEMO_PORT", Integer.toString(freePort()));
        builder.environment().put("DEALWIRE_UI_PORT", "0");
        run = builder.start();

        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> get(ops + "/health/ready").statusCode() == 200);
        System.out.printf("demo ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(get(ops + "/health/live").statusCode()).isEqualTo(200);

        // Throughput counters move as the demo's feeds are fetched and enriched.
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String metrics = metrics(ops);
                    return value(metrics, "dealwire_ingest_articles_published_total")
                                            .orElse(0)
                                    >= 20
                            && value(metrics, "dealwire_enrich_articles_total").orElse(0) >= 20
                            && value(metrics, "dealwire_sink_jsonl_written_total")
                                            .orElse(0)
                                    >= 10;
                });
        String metrics = metrics(ops);
        assertThat(value(metrics, "dealwire_ingest_fetches_total\\{outcome=\"OK\"\\}")
                        .orElse(0))
                .isPositive();
        // Errors are counted by code; every code is exposed from the start, at zero until it happens.
        assertThat(metrics).contains("dealwire_ingest_fetches_total{outcome=\"HTTP_STATUS\"}");
        assertThat(metrics).contains("dealwire_enrich_dead_letters_total");
        assertThat(metrics).contains("jvm_memory_used_bytes");

        // The gauges read offsets from the broker: the dead-letter topic is empty and every sink catches up.
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    String m = metrics(ops);
                    assertThat(value(m, "dealwire_dlq_records")).as("dlq").hasValue(0);
                    assertThat(value(m, "dealwire_consumer_lag_records\\{group=\"dealwire-sink-jsonl\"\\}"))
                            .as("JSON Lines sink lag")
                            .hasValue(0);
                    assertThat(value(m, "dealwire_consumer_lag_records\\{group=\"dealwire-enrich\"\\}"))
                            .as("enrich lag")
                            .hasValue(0);
                });

        run.destroy(); // SIGTERM
        assertThat(run.waitFor(60, TimeUnit.SECONDS))
                .as("stopped within a minute; log:%n%s", Files.readString(log))
                .isTrue();
        assertThat(run.exitValue())
                .as("exit code; log:%n%s", Files.readString(log))
                .isZero();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String metrics(String ops) throws IOException, InterruptedException {
        HttpResponse<String> response = get(ops + "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of the first sample whose name (and labels, as a regex) match, if exposed and a number. */
    static OptionalDouble value(String metrics, String sample) {
        Matcher m = Pattern.compile("(?m)^" + sample + "(?:\\{[^}]*\\})? ([^ \\n]+)")
                .matcher(metrics);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(1));
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
