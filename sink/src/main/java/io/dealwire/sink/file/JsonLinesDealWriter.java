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
 * Adds deal lines to one JSON Lines file per UTC day, {@code <directory>/YYYY-MM-DD.jsonl}, idempotently.
 *
 * <ul>
 *   <li>A reader never sees a partial line, even while a batch is written or after a crash: each day's share of a
 *       batch goes into a copy of the day file ({@code YYYY-MM-DD.jsonl.tmp}), which is fsynced and then renamed over
 *       the day file (an atomic replace), and the directory is fsynced. A crash leaves at most the temporary file,
 *       removed when the day is next opened. The price is a copy of the day's file per batch.
 *   <li>A line whose event id the day's file already holds is skipped, so redelivering or replaying the same offsets
 *       writes nothing twice and leaves each file byte for byte as it was. A day's ids are loaded when the day is
 *       first written.
 *   <li>At most {@code maxOpenDays} days keep their ids in memory (least recently written forgotten first); a
 *       forgotten day's ids are reloaded when it is written again.
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

    /** Forgets every day's ids; nothing stays open between writes. */
    @Override
    public void close() {
        open.clear();
    }

    private int writeDay(LocalDate day, List<DealLine> lines) throws IOException {
        DayFile file = dayFile(day);
        try {
            return file.append(lines);
        } catch (IOException e) {
            // forget the day: reopening re-reads the file and removes what the failed append left behind
            open.remove(day);
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
            eldestFirst.next();
            eldestFirst.remove();
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
}
