package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service stage that is told to stop while it is still starting (here: waiting for a cluster that does not answer)
 * stops at once and exits 0, as it would once running; a supervisor's SIGTERM during a slow start is not a crash.
 */
class StageStartupSignalTest {
    @TempDir
    Path dir;

    private Process stage;

    @AfterEach
    void stop() {
        if (stage != null && stage.isAlive()) {
            stage.destroyForcibly();
        }
    }

    @Test
    void sigtermWhileWaitingForTheClusterExitsZeroPromptly() throws Exception {
        int silentPort;
        try (ServerSocket s = new ServerSocket(0)) {
            silentPort = s.getLocalPort(); // closed again: nothing listens there
        }
        Path log = dir.resolve("enrich.log");
        stage = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.dealwire.app.Main",
                        "enrich",
                        "--bootstrap-servers",
                        "127.0.0.1:" + silentPort,
                        "--data-dir",
                        dir.resolve("data").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        // the command is past its own set-up and its admin client is trying to reach the silent cluster
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Files.readString(log).contains("dealwire enrich: connecting to 127.0.0.1:" + silentPort));
        Thread.sleep(1_000);
        stage.destroy(); // SIGTERM

        assertThat(stage.waitFor(20, TimeUnit.SECONDS))
                .as("stopped long before the admin client's own timeout; log:%n%s", Files.readString(log))
                .isTrue();
        assertThat(stage.exitValue())
                .as("exit code; log:%n%s", Files.readString(log))
                .isZero();
        assertThat(Files.readString(log)).contains("dealwire enrich: stopped while starting");
    }
}
