package io.dealwire.ingest.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealwire.ingest.IngestConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Measures the inspectors against the shared public corpora, when they are present (not a unit test: the corpora are
 * not part of the project). Usage: {@code CorpusMeasure feeds DIR} or {@code CorpusMeasure pages DIR}.
 */
public final class CorpusMeasure {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private CorpusMeasure() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (!Files.isDirectory(dir)) {
            System.out.println("corpus not present: " + dir);
            return;
        }
        if (args[0].equals("feeds")) {
            feeds(dir);
        } else {
            pages(dir);
        }
    }

    private static void feeds(Path dir) throws IOException {
        FeedInspector inspector = Inspectors.feeds(IngestConfig.defaults(), Clock.systemUTC());
        Map<String, Map<String, Integer>> byFolder = new TreeMap<>();
        long slowest = 0;
        String slowestFile = "";
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("LICENSE"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String folder = dir.relativize(file).getName(0).toString();
            String verdict;
            long start = System.nanoTime();
            try {
                FeedInspector.FeedReport report = inspector.inspect(file.toString());
                verdict = report.error() == null ? "parsed" : "error:" + report.error();
            } catch (Throwable e) {
                verdict = "crash:" + e.getClass().getSimpleName();
                System.out.println("CRASH " + file + " " + e);
            }
            long took = System.nanoTime() - start;
            if (took > slowest) {
                slowest = took;
                slowestFile = dir.relativize(file).toString();
            }
            byFolder.computeIfAbsent(folder, k -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
            byFolder.computeIfAbsent("ALL", k -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
        }
        System.out.println("files: " + files.size());
        byFolder.forEach((folder, counts) -> System.out.println(folder + " " + counts));
        System.out.printf(Locale.ROOT, "slowest: %s %.1f ms%n", slowestFile, slowest / 1e6);
    }

    private static void pages(Path dir) throws IOException {
        PageInspector inspector = Inspectors.pages(IngestConfig.defaults(), Clock.systemUTC());
        List<Map.Entry<String, Double>> scores = new ArrayList<>();
        List<Path> cases;
        try (Stream<Path> list = Files.list(dir)) {
            cases = list.filter(d -> Files.exists(d.resolve("source.html")))
                    .sorted()
                    .toList();
        }
        Agreement titles = new Agreement("title");
        Agreement times = new Agreement("publication time");
        for (Path page : cases) {
            PageInspector.PageReport report =
                    inspector.inspect(page.resolve("source.html").toString());
            String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8))
                    .text();
            scores.add(Map.entry(page.getFileName().toString(), f1(report.text(), expected)));
            Path metadata = page.resolve("expected-metadata.json");
            if (Files.exists(metadata)) {
                JsonNode want = JSON.readTree(metadata.toFile());
                String name = page.getFileName().toString();
                text(want, "title")
                        .ifPresent(title -> titles.add(name, title, report.title(), sameTitle(title, report.title())));
                text(want, "publishedTime")
                        .ifPresent(time ->
                                times.add(name, time, report.publishedAt(), sameTime(time, report.publishedAt())));
            }
        }
        titles.print();
        times.print();
        double average =
                scores.stream().mapToDouble(Map.Entry::getValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "pages: %d, average word F1: %.3f%n", scores.size(), average);
        long below05 = scores.stream().filter(e -> e.getValue() < 0.5).count();
        System.out.println("pages with F1 < 0.5: " + below05);
        scores.stream()
                .sorted(Comparator.comparingDouble(Map.Entry::getValue))
                .limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "  worst %-40s %.3f%n", e.getKey(), e.getValue()));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    /** Titles agree when equal after Unicode NFKC, case folding and collapsing white space. */
    static boolean sameTitle(String expected, String got) {
        return got != null && normal(expected).equals(normal(got));
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * Publication times agree when they are the same instant to the second (pages and expectations differ in how
     * many fraction digits they keep); an expected time without a zone is read as UTC, and an expected date alone
     * agrees with any time on that UTC day.
     */
    private static boolean sameSecond(Instant a, Instant b) {
        return a.getEpochSecond() == b.getEpochSecond();
    }

    static boolean sameTime(String expected, String got) {
        if (got == null) {
            return false;
        }
        Instant actual = Instant.parse(got);
        String text = expected.strip().replace(' ', 'T');
        if (text.length() == 10) {
            return LocalDate.parse(text).equals(actual.atZone(ZoneOffset.UTC).toLocalDate());
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]xx")
        }) {
            try {
                return sameSecond(OffsetDateTime.parse(text, format).toInstant(), actual);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return sameSecond(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC), actual);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Counts pages where a metadata field agrees with the expected one, and lists those that do not. */
    private static final class Agreement {
        private final String field;
        private final List<String> misses = new ArrayList<>();
        private int pages;
        private int agreed;
        private int missing;

        Agreement(String field) {
            this.field = field;
        }

        void add(String page, String expected, String got, boolean agrees) {
            pages++;
            if (agrees) {
                agreed++;
            } else {
                if (got == null) {
                    missing++;
                }
                misses.add(page + ": expected [" + expected + "] got [" + got + "]");
            }
        }

        void print() {
            System.out.printf(
                    Locale.ROOT,
                    "%s agrees on %d of %d pages that give one (%.1f%%); none found on %d%n",
                    field,
                    agreed,
                    pages,
                    pages == 0 ? 0.0 : 100.0 * agreed / pages,
                    missing);
            misses.stream().limit(12).forEach(miss -> System.out.println("  " + miss));
        }
    }

    /** Word-level F1 of two texts, counting repeated words (bag of lower-case words). */
    static double f1(String extracted, String expected) {
        Map<String, Integer> got = words(extracted);
        Map<String, Integer> want = words(expected);
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        if (gotTotal == 0 || wantTotal == 0) {
            return gotTotal == wantTotal ? 1 : 0;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            overlap += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) overlap / gotTotal;
        double recall = (double) overlap / wantTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }
}
