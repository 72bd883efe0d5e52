package io.dealwire.sink.file;

import io.dealwire.sink.json.DealEventJson;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open day file and the event ids it holds. Opening repairs a torn tail; appending writes whole lines only and
 * forces them to disk before returning.
 */
final class DayFile implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(DayFile.class);
    private static final int TAIL_CHUNK = 8192;

    private final Path path;
    private final FileChannel channel;
    private final Set<String> ids;

    private DayFile(Path path, FileChannel channel, Set<String> ids) {
        this.path = path;
        this.channel = channel;
        this.ids = ids;
    }

    /** Opens (creating if needed) the file, cuts any partial last line and loads the ids of the whole lines. */
    static DayFile open(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        boolean created = !Files.exists(path);
        FileChannel channel =
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (created) {
                forceDirectory(path.getParent());
            }
            truncateTornTail(path, channel);
            return new DayFile(path, channel, readIds(path, channel));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Appends the lines whose ids the file does not hold yet, in one write, then fsyncs.
     *
     * @return how many lines were appended
     * @throws IOException when the write or the fsync fails; the file is then cut back to its previous length where
     *     possible, and in any case the next {@link #open} removes a partial line
     */
    int append(List<DealLine> lines) throws IOException {
        StringBuilder batch = new StringBuilder();
        Set<String> added = new HashSet<>();
        for (DealLine line : lines) {
            if (!ids.contains(line.eventId()) && added.add(line.eventId())) {
                batch.append(line.json()).append('\n');
            }
        }
        if (added.isEmpty()) {
            return 0;
        }
        long before = channel.size();
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(batch.toString());
            long position = before;
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            channel.force(false);
        } catch (IOException e) {
            cutBack(before);
            throw e;
        }
        ids.addAll(added);
        return added.size();
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void cutBack(long length) {
        try {
            channel.truncate(length);
            channel.force(false);
        } catch (IOException e) {
            log.atWarn()
                    .addKeyValue("file", path)
                    .addKeyValue("error", e.toString())
                    .log("cannot cut back a failed append; the partial line is removed when the file is reopened");
        }
    }

    private static void truncateTornTail(Path path, FileChannel channel) throws IOException {
        long size = channel.size();
        long keep = lengthOfWholeLines(channel, size);
        if (keep < size) {
            log.atWarn()
                    .addKeyValue("file", path)
                    .addKeyValue("removedBytes", size - keep)
                    .log("removing a partial last line left by an interrupted write");
            channel.truncate(keep);
            channel.force(false);
        }
    }

    /** Offset just past the last newline, or 0 when there is none. */
    private static long lengthOfWholeLines(FileChannel channel, long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(TAIL_CHUNK);
        long end = size;
        while (end > 0) {
            long start = Math.max(0, end - TAIL_CHUNK);
            chunk.clear().limit((int) (end - start));
            long position = start;
            while (chunk.hasRemaining() && channel.read(chunk, position) > 0) {
                position = start + chunk.position();
            }
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    private static Set<String> readIds(Path path, FileChannel channel) throws IOException {
        Set<String> ids = new HashSet<>();
        channel.position(0);
        // not closed: closing the reader would close the channel the writer keeps using
        BufferedReader reader = new BufferedReader(Channels.newReader(
                channel,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE),
                -1));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                ids.add(DealEventJson.eventIdOf(line));
            } catch (IllegalArgumentException e) {
                log.atWarn()
                        .addKeyValue("file", path)
                        .addKeyValue("line", number)
                        .addKeyValue("error", e.getMessage())
                        .log("ignoring an unreadable line when loading event ids");
            }
        }
        return ids;
    }

    private static void forceDirectory(Path directory) {
        // a new file's directory entry is only durable once the directory itself is synced (POSIX fsync(2))
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            log.atDebug()
                    .addKeyValue("directory", directory)
                    .log("directory fsync not supported here; relying on the file system");
        }
    }
}
