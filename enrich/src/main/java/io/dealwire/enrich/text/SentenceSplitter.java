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
 * before the stop is a known abbreviation or a single letter; and after the CJK stops {@code 。！？} unconditionally. A
 * company's legal form ends a sentence when the next word is one that opens sentences: "… with Bancroft Machinery Inc.
 * It gave no details." is two.
 *
 * <p>Linear in the text length; thread-safe.
 */
public final class SentenceSplitter {
    private static final String ABBREVIATIONS = "/io/dealwire/enrich/text/abbreviations.txt";
    private static final String OPENERS = "/io/dealwire/enrich/text/openers.txt";
    /** The abbreviations that end a company's name, after which a sentence may still end. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "corp", "co", "ltd", "bros", "plc", "llc");

    private final Set<String> abbreviations;
    private final Set<String> openers;

    private SentenceSplitter(Set<String> abbreviations, Set<String> openers) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.openers = Set.copyOf(openers);
    }

    /** A splitter knowing the bundled abbreviation list. */
    public static SentenceSplitter withDefaultAbbreviations() {
        return new SentenceSplitter(words(ABBREVIATIONS), words(OPENERS));
    }

    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return words;
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
        return opens && (c != '.' || !abbreviated(text, i) || (legalForm(text, i) && opener(text, j)));
    }

    private boolean abbreviated(String text, int stop) {
        String word = wordBefore(text, stop);
        return word.length() == 1 || abbreviations.contains(word);
    }

    private static boolean legalForm(String text, int stop) {
        return LEGAL_FORMS.contains(wordBefore(text, stop));
    }

    private static String wordBefore(String text, int stop) {
        int from = stop;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && stop - from < 12) {
            from--;
        }
        return text.substring(from, stop).toLowerCase(Locale.ROOT).replaceAll("^[(\"'«“]+", "");
    }

    /** Whether the word at {@code at} is one that opens sentences ("It", "The", "Le", "Der"). */
    private boolean opener(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end < text.length()
                && Character.isWhitespace(text.charAt(end))
                && openers.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
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
