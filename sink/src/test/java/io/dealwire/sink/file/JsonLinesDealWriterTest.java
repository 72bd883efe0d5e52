package io.dealwire.sink.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesDealWriterTest {
    private static final Instant MARCH_2 = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    @Test
    void appendsEachLineWithANewlineToTheDayFile() throws IOException {
        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(dir)) {
            WriteOutcome outcome = writer.write(List.of(line("a", MARCH_2), line("b", MARCH_2)));

            assertThat(outcome).isEqualTo(new WriteOutcome(2, 0));
        }
        assertThat(Files.readString(dir.resolve("2026-03-02.jsonl"))).isEqualTo(json("a") + "\n" + json("b") + "\n");
    }

    @Test
    void skipsAnEventAlreadyInTheDayFile() throws IOException {
        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(dir)) {
            writer.write(List.of(line("a", MARCH_2)));

            WriteOutcome again = writer.write(List.of(line("a", MARCH_2), line("b", MARCH_2), line("b", MARCH_2)));

            assertThat(again).isEqualTo(new WriteOutcome(1, 2));
        }
        assertThat(Files.readAllLines(dir.resolve("2026-03-02.jsonl"))).containsExactly(json("a"), json("b"));
    }

    @Test
    void skipsEventsWrittenBeforeARestart() throws IOException {
        try (JsonLinesDealWriter first = new JsonLinesDealWriter(dir)) {
            first.write(List.of(line("a", MARCH_2), line("b", MARCH_2)));
        }
        try (JsonLinesDealWriter second = new JsonLinesDealWriter(dir)) {
            WriteOutcome redelivered =
                    second.write(List.of(line("a", MARCH_2), line("b", MARCH_2), line("c", MARCH_2)));

            assertThat(redelivered).isEqualTo(new WriteOutcome(1, 2));
        }
        assertThat(Files.readAllLines(dir.resolve("2026-03-02.jsonl")))
                .containsExactly(json("a"), json("b"), json("c"));
    }

    @Test
    void cutsATornTrailingLineOnReopen() throws IOException {
        Path file = dir.resolve("2026-03-02.jsonl");
        Files.writeString(file, json("a") + "\n" + "{\"eventId\":\"b\",\"dealId\":\"d-", StandardCharsets.UTF_8);

        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(dir)) {
            WriteOutcome outcome = writer.write(List.of(line("a", MARCH_2), line("b", MARCH_2)));

            assertThat(outcome).isEqualTo(new WriteOutcome(1, 1));
        }
        assertThat(Files.readString(file)).isEqualTo(json("a") + "\n" + json("b") + "\n");
    }

    @Test
    void cutsAFileHoldingOnlyAPartialLine() throws IOException {
        Path file = dir.resolve("2026-03-02.jsonl");
        Files.writeString(file, "{\"eventId\":\"a\",\"deal");

        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(dir)) {
            writer.write(List.of(line("a", MARCH_2)));
        }
        assertThat(Files.readString(file)).isEqualTo(json("a") + "\n");
    }

    @Test
    void findsTheLastNewlineFarFromTheEndOfALargeFile() throws IOException {
        Path file = dir.resolve("2026-03-02.jsonl");
        String torn = "{\"eventId\":\"z\",\"padding\":\"" + "x".repeat(20_000);
        Files.writeString(file, json("a") + "\n" + torn);

        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(dir)) {
            writer.write(List.of(line("b", MARCH_2)));
        }
        assertThat(Files.readString(file)).isEqualTo(json("a") + "\n" + json("b") + "\n");
    }

    @Test
    void writesTwoDaysToTwoFilesByUtcDay() throws IOException {
        Instant lateOnMarch2 = Instant.parse("2026-03-02T23:59:59.999Z");
        Instant earlyOnMarch3 = Instant.parse("2026-03-03T00:00:00Z");
        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(dir)) {
            writer.write(List.of(line("a", lateOnMarch2), line("b", earlyOnMarch3), line("c", lateOnMarch2)));
        }
        assertThat(Files.readAllLines(dir.resolve("2026-03-02.jsonl"))).containsExactly(json("a"), json("c"));
        assertThat(Files.readAllLines(dir.resolve("2026-03-03.jsonl"))).containsExactly(json("b"));
        assertThat(new JsonLinesDealWriter(dir).fileFor(DAY)).isEqualTo(dir.resolve("2026-03-02.jsonl"));
    }

    @Test
    void reloadsADayClosedToStayUnderTheOpenFileLimit() throws IOException {
        Instant march3 = MARCH_2.plusSeconds(86_400);
        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(dir, 1)) {
            writer.write(List.of(line("a", MARCH_2)));
            writer.write(List.of(line("b", march3)));

            WriteOutcome backToMarch2 = writer.write(List.of(line("a", MARCH_2), line("c", MARCH_2)));

            assertThat(backToMarch2).isEqualTo(new WriteOutcome(1, 1));
        }
        assertThat(Files.readAllLines(dir.resolve("2026-03-02.jsonl"))).containsExactly(json("a"), json("c"));
    }

    @Test
    void ignoresAnUnreadableWholeLineWhenLoadingIds() throws IOException {
        Path file = dir.resolve("2026-03-02.jsonl");
        Files.writeString(file, "not json\n" + json("a") + "\n");

        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(dir)) {
            assertThat(writer.write(List.of(line("a", MARCH_2)))).isEqualTo(new WriteOutcome(0, 1));
        }
        assertThat(Files.readString(file)).isEqualTo("not json\n" + json("a") + "\n");
    }

    @Test
    void failsWithAnIoExceptionWhenTheDirectoryCannotBeCreated() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file", StandardOpenOption.CREATE);

        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(notADirectory)) {
            assertThatThrownBy(() -> writer.write(List.of(line("a", MARCH_2)))).isInstanceOf(IOException.class);
        }
    }

    @Test
    void rejectsMultiLineJson() {
        assertThatThrownBy(() -> new DealLine("a", MARCH_2, "{}\n{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("json must be one non-blank line");
    }

    private static DealLine line(String eventId, Instant timestamp) {
        return new DealLine(eventId, timestamp, json(eventId));
    }

    private static String json(String eventId) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"MERGER\",\"partner\":[\"Órbita\",\"北辰\"]}";
    }
}
