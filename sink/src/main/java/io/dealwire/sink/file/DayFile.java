package io.dealwire.sink.file;

import io.dealwire.sink.json.DealEventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One day file and the event ids it holds. The file is never written in place: each append writes the current
 * content plus the new lines to a temporary file beside it, forces it to disk and renames it over the day file, so a
 * reader (or a crash) sees either the old file or the new one, never a partial line.
 */
final class DayFile {
    private static final Logger log = LoggerFactory.getLogger(DayFile.class);
    private static final int TAIL_CHUNK = 8192;
    /** Suffix of the file an append prepares before renaming it; readers glob {@code *.jsonl} and never see it. */
    static final String TEMPORARY_SUFFIX = ".tmp";

    private final Path path;
    private final Path temporary;
    private final Set<String> ids;

    private DayFile(Path path, Set<String> ids) {
        this.path = path;
        this.temporary = path.resolveSibling(path.getFileName() + TEMPORARY_SUFFIX);
        this.ids = ids;
    }

    /**
     * Opens the day file: removes a temporary file an interrupted append left behind, cuts a partial last line (only
     * an append-in-place writer, before this design, could leave one) and loads the ids of the whole lines.
     */
    static DayFile open(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        DayFile file = new DayFile(path, new HashSet<>());
        if (Files.deleteIfExists(file.temporary)) {
            log.atInfo().addKeyValue("file", file.temporary).log("removed the leftover of an interrupted write");
        }
        if (Files.exists(path)) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                truncateTornTail(path, channel);
                file.ids.addAll(readIds(path, channel));
            }
        }
        return file;
    }

    /**
     * Writes the lines whose ids the file does not hold yet after its current content, as a new file that replaces
     * the old one atomically once it is on disk.
     *
     * @return how many lines were added
     * @throws IOException when the copy, the write, the fsync or the rename fails; the day file is then unchanged
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
        try {
            writeTemporary(StandardCharsets.UTF_8.encode(batch.toString()));
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteTemporaryQuietly();
            throw e;
        }
        // POSIX rename(2) is durable only once the directory is synced
        forceDirectory(path.getParent());
        ids.addAll(added);
        return added.size();
    }

    Path path() {
        return path;
    }

    private void writeTemporary(ByteBuffer bytes) throws IOException {
        try (FileChannel out = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            if (Files.exists(path)) {
                try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
                    long size = in.size();
                    long copied = 0;
                    while (copied < size) {
                        copied += in.transferTo(copied, size - copied, out);
                    }
                }
            }
            long position = out.size();
            while (bytes.hasRemaining()) {
                position += out.write(bytes, position);
            }
            out.force(false);
        }
    }

    private void deleteTemporaryQuietly() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            log.atWarn()
                    .addKeyValue("file", temporary)
                    .addKeyValue("error", e.toString())
                    .log("cannot remove a failed write's temporary file; the next open removes it");
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
