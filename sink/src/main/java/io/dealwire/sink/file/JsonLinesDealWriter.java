package io.dealwire.sink.file;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends deal lines to one JSON Lines file per UTC day, {@code <directory>/YYYY-MM-DD.jsonl}, idempotently.
 *
 * <ul>
 *   <li>A line is on disk whole or not at all: each day's share of a batch is one write followed by an fsync, and
 *       opening a file cuts away a partial last line left by a crash.
 *   <li>A line whose event id the day's file already holds is skipped, so redelivering a batch after a crash between
 *       the write and the offset commit writes nothing twice. A day's ids are loaded when the day is first written.
 *   <li>At most {@code maxOpenDays} day files stay open (least recently written closed first); a closed day is
 *       reopened, and its ids reloaded, when written again.
 * </ul>
 *
 * <p>Not thread-safe: one writer per directory, used by one thread. Two processes must not share a directory.
 */
public final class JsonLinesDealWriter implements Closeable {
    /** Default number of day files kept open. */
    public static final int DEFAULT_MAX_OPEN_DAYS = 4;

    private static final Logger log = LoggerFactory.getLogger(JsonLinesDealWriter.class);

    private final Path directory;
    private final int maxOpenDays;
    private final LinkedHashMap<LocalDate, DayFile> open = new LinkedHashMap<>(16, 0.75f, true);

    /** A writer into {@code directory} (created on first write) keeping {@value #DEFAULT_MAX_OPEN_DAYS} days open. */
    public JsonLinesDealWriter(Path directory) {
        this(directory, DEFAULT_MAX_OPEN_DAYS);
    }

    /** A writer into {@code directory} keeping at most {@code maxOpenDays} (at least 1) day files open. */
    public JsonLinesDealWriter(Path directory, int maxOpenDays) {
        this.directory = Objects.requireNonNull(directory, "directory must not be null");
        if (maxOpenDays < 1) {
            throw new IllegalArgumentException("maxOpenDays must be >= 1, was " + maxOpenDays);
        }
        this.maxOpenDays = maxOpenDays;
    }

    /** The file holding the lines of {@code day}. */
    public Path fileFor(LocalDate day) {
        return directory.resolve(day + ".jsonl");
    }

    /**
     * Writes the lines not already present to their days' files and forces them to disk before returning.
     *
     * @throws IOException when a file cannot be opened, written or synced (disk full, permissions…); lines of days
     *     written before the failure stay, and writing the same batch again completes it without duplicates
     */
    public WriteOutcome write(List<DealLine> lines) throws IOException {
        int written = 0;
        for (Map.Entry<LocalDate, List<DealLine>> day : byDay(lines).entrySet()) {
            written += writeDay(day.getKey(), day.getValue());
        }
        return new WriteOutcome(written, lines.size() - written);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (DayFile file : open.values()) {
            try {
                file.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }

    private int writeDay(LocalDate day, List<DealLine> lines) throws IOException {
        DayFile file = dayFile(day);
        try {
            return file.append(lines);
        } catch (IOException e) {
            // forget the day: reopening re-reads the file and repairs anything the failed append left behind
            open.remove(day);
            closeQuietly(file);
            throw e;
        }
    }

    private DayFile dayFile(LocalDate day) throws IOException {
        DayFile file = open.get(day);
        if (file == null) {
            file = DayFile.open(fileFor(day));
            open.put(day, file);
            evictBeyondLimit();
            log.atDebug().addKeyValue("file", file.path()).log("opened day file");
        }
        return file;
    }

    private void evictBeyondLimit() {
        Iterator<DayFile> eldestFirst = open.values().iterator();
        while (open.size() > maxOpenDays && eldestFirst.hasNext()) {
            DayFile eldest = eldestFirst.next();
            eldestFirst.remove();
            closeQuietly(eldest);
        }
    }

    private static Map<LocalDate, List<DealLine>> byDay(List<DealLine> lines) {
        Map<LocalDate, List<DealLine>> days = new LinkedHashMap<>();
        for (DealLine line : lines) {
            LocalDate day = LocalDate.ofInstant(line.timestamp(), ZoneOffset.UTC);
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(line);
        }
        return days;
    }

    private static void closeQuietly(DayFile file) {
        try {
            file.close();
        } catch (IOException e) {
            log.atWarn()
                    .addKeyValue("file", file.path())
                    .addKeyValue("error", e.toString())
                    .log("cannot close day file");
        }
    }
}
