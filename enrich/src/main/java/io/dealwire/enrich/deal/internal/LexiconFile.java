package io.dealwire.enrich.deal.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one lexicon resource: UTF-8 lines {@code key value}, where the key is the first word and the value the rest
 * of the line; blank lines and lines starting with {@code #} are skipped. A missing resource reads as empty, so a
 * language may leave out files it does not need.
 */
final class LexiconFile {
    /**
     * One line of a lexicon file.
     *
     * @param key the first word
     * @param value the rest of the line, stripped; empty when the line has one word
     * @param where resource and line number, for error messages
     */
    record Line(String key, String value, String where) {}

    private LexiconFile() {}

    static List<Line> read(String resource) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return lines;
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String key = space < 0 ? line : line.substring(0, space);
                String value = space < 0 ? "" : line.substring(space + 1).strip();
                lines.add(new Line(key, value, resource + ":" + number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return lines;
    }
}
