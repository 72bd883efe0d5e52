package io.dealwire.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads labelled articles from gold files and from the project's corpus, whose splits are folders of JSON Lines
 * files: {@code <root>/train}, {@code <root>/dev} and {@code <root>/test}.
 */
public final class GoldCorpus {
    /** The splits of a corpus, in the order they are meant to be used. */
    public static final List<String> SPLITS = List.of("train", "dev", "test");

    private GoldCorpus() {}

    /**
     * The articles of one split of the corpus at {@code root}.
     *
     * @throws IllegalArgumentException for an unknown split or a missing folder
     * @throws IOException on a read error or a malformed line (the message names the file and line)
     */
    public static List<GoldArticle> split(Path root, String split) throws IOException {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("unknown split '" + split + "': expected one of " + SPLITS);
        }
        Path folder = root.resolve(split);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("corpus split folder not found: " + folder);
        }
        return read(List.of(folder));
    }

    /**
     * The articles of every given file, and of every {@code *.jsonl} file in every given folder (in name order).
     *
     * @throws IllegalArgumentException when a path does not exist or two articles share an id
     * @throws IOException on a read error or a malformed line (the message names the file and line)
     */
    public static List<GoldArticle> read(List<Path> paths) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files(paths)) {
            List<GoldArticle> read;
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read = GoldArticle.readJsonLines(in);
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            for (GoldArticle article : read) {
                Path earlier = seen.putIfAbsent(article.id(), file);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            "article id " + article.id() + " appears twice: in " + earlier + " and " + file);
                }
            }
            articles.addAll(read);
        }
        return articles;
    }

    private static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("gold file or folder not found: " + path);
            }
        }
        return files;
    }
}
