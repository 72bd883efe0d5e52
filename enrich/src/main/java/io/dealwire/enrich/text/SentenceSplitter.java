package io.dealwire.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences: after {@code . ! ?} followed by a space and a capital, digit or quote, unless the word
 * before the stop is a known abbreviation or a single letter; and after the CJK stops {@code 。！？} unconditionally.
 *
 * <p>Linear in the text length; thread-safe.
 */
public final class SentenceSplitter {
    private static final String ABBREVIATIONS = "/io/dealwire/enrich/text/abbreviations.txt";

    private final Set<String> abbreviations;

    private SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** A splitter knowing the bundled abbreviation list. */
    public static SentenceSplitter withDefaultAbbreviations() {
        Set<String> words = new HashSet<>();
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(ABBREVIATIONS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ABBREVIATIONS);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ABBREVIATIONS, e);
        }
        return new SentenceSplitter(words);
    }

    /** The sentences of {@code text} in order, trimmed, none empty; their offsets index {@code text}. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (endsSentence(text, i)) {
                add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    private boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？') {
            return true;
        }
        if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j == i + 1 || j >= text.length()) {
            return false;
        }
        char next = text.charAt(j);
        boolean opens = Character.isUpperCase(next)
                || Character.isDigit(next)
                || Character.isIdeographic(next)
                || "\"'«“‘¿¡(".indexOf(next) >= 0;
        return opens && (c != '.' || !abbreviated(text, i));
    }

    private boolean abbreviated(String text, int stop) {
        int from = stop;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && stop - from < 12) {
            from--;
        }
        String word = text.substring(from, stop).toLowerCase(Locale.ROOT).replaceAll("^[(\"'«“]+", "");
        return word.length() == 1 || abbreviations.contains(word);
    }

    private static void add(String text, int from, int to, List<Sentence> sentences) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}
