package io.dealwire.sink.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md, Sink: "file sink crash mid-write; replay of the same offsets". A writer process is killed with
 * SIGKILL while it writes large batches and a reader in the test reads the day file the whole time: the reader never
 * sees a partial line, the restarted writer (redelivered from its last committed batch) ends with every event once
 * and in order, and replaying every batch leaves the file byte for byte the same.
 */
class JsonLinesCrashTest {
    private static final int BATCHES = 40;
    private static final int TAIL = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final AtomicInteger committed = new AtomicInteger(-1);

    @Test
    void killedWriterNeverShowsATornLineAndAReplayRewritesTheSameFile() throws Exception {
        Path file = new JsonLinesDealWriter(dir).fileFor(java.time.LocalDate.of(2026, 6, 1));
        List<String> problems = new CopyOnWriteArrayList<>();
        AtomicLong reads = new AtomicLong();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> readUntilStopped(file, reading, reads, problems), "day-file-reader");
        reader.start();

        int kills = 0;
        for (int run = 0; run < 4; run++) {
            int from = committed.get() + 1;
            // The killed runs pause a little after each batch, as a sink waits on its next poll, so that a loaded
            // machine cannot let one run finish every batch before the test kills it.
            Process writer = start(from, BATCHES, 25);
            int target = from + 3;
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> committed.get() >= target);
            Thread.sleep(15 + run * 20L); // into the middle of a later batch
            writer.destroyForcibly().waitFor();
            kills++;
        }
        assertThat(committed.get())
                .as("batches committed before the last restart")
                .isLessThan(BATCHES - 1);
        Process last = start(committed.get() + 1, BATCHES, 0);
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        reading.set(false);
        reader.join();

        assertThat(kills).isEqualTo(4);
        assertThat(problems)
                .as("what the reader saw while the writer was killed")
                .isEmpty();
        assertThat(reads.get()).as("reads of the day file during the test").isGreaterThan(20);
        List<String> expected = new ArrayList<>();
        for (int batch = 0; batch < BATCHES; batch++) {
            DayFileWriterProcess.batch(batch).forEach(l -> expected.add(l.json()));
        }
        assertThat(Files.readAllLines(file)).isEqualTo(expected);
        assertThat(Files.exists(file.resolveSibling(file.getFileName() + DayFile.TEMPORARY_SUFFIX)))
                .as("temporary file left behind")
                .isFalse();

        byte[] before = Files.readAllBytes(file);
        Process replay = start(0, BATCHES, 0);
        assertThat(replay.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllBytes(file))
                .as("the day file after a replay of every batch")
                .isEqualTo(before);
    }

    /**
     * Reads the file's last {@value #TAIL} bytes over and over (a tail is quick to read, so many reads overlap a
     * write): the file must end with a newline and every line after the first newline of the tail must parse.
     */
    private void readUntilStopped(Path file, AtomicBoolean reading, AtomicLong reads, List<String> problems) {
        ByteBuffer tail = ByteBuffer.allocate(TAIL);
        while (reading.get()) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                long start = Math.max(0, size - TAIL);
                tail.clear().limit((int) (size - start));
                while (tail.hasRemaining() && channel.read(tail, start + tail.position()) > 0) {
                    // read up to the size seen
                }
                reads.incrementAndGet();
                check(new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8), start == 0, problems);
            } catch (NoSuchFileException e) {
                // not written yet
            } catch (IOException e) {
                problems.add("read failed: " + e);
            }
        }
    }

    private static void check(String tail, boolean wholeFile, List<String> problems) {
        if (!tail.isEmpty() && !tail.endsWith("\n")) {
            problems.add("file ends inside a line: ..." + tail.substring(Math.max(0, tail.length() - 40)));
        }
        String[] lines = tail.split("\n");
        for (int i = wholeFile ? 0 : 1; i < lines.length; i++) {
            if (!lines[i].isEmpty() && !parses(lines[i])) {
                problems.add("unreadable line of " + lines[i].length() + " chars");
            }
        }
    }

    private static boolean parses(String line) {
        try {
            return JSON.readTree(line).hasNonNull("eventId");
        } catch (IOException e) {
            return false;
        }
    }

    private Process start(int from, int to, long pauseMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        DayFileWriterProcess.class.getName(),
                        dir.toString(),
                        Integer.toString(from),
                        Integer.toString(to),
                        Long.toString(pauseMillis))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread follower = new Thread(() -> followCommits(process), "writer-output");
        follower.setDaemon(true);
        follower.start();
        return process;
    }

    private void followCommits(Process process) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("committed ")) {
                    int batch = Integer.parseInt(line.substring("committed ".length()));
                    committed.accumulateAndGet(batch, Math::max);
                }
            }
        } catch (IOException e) {
            // the process was killed
        }
    }
}
