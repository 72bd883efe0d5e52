package io.dealwire.enrich.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the clear cases cheaply, before the statistical detector: a text written in a script that only one of the
 * configured languages uses (kana for Japanese, Hangul for Korean, Han without kana for Chinese, Cyrillic, Arabic),
 * or a Latin-script text in which one language's function words clearly outnumber every other's. Returns empty
 * when the case is not clear.
 *
 * <p>Immutable and thread-safe.
 */
final class QuickGuess {
    /** At least this many function words of the leading language… */
    static final int MIN_HITS = 6;
    /** …and at least this many times as many as the runner-up's. */
    static final int MIN_LEAD = 3;

    private static final String RESOURCE = "/io/dealwire/enrich/language/stopwords.txt";
    /** Languages that share a script with the one {@link ScriptCounts#soleLanguage} names for it. */
    private static final Map<String, Set<String>> SCRIPT_NEIGHBOURS = Map.of(
            "ru", Set.of("uk", "bg", "sr", "mk", "be", "kk", "mn"),
            "ar", Set.of("fa", "ur", "ps"),
            "zh", Set.of("yue"));

    private final Map<String, String> languageOf;
    private final List<String> codes;
    /** The longest function word: a longer word needs no look-up. */
    private final int longest;

    private QuickGuess(Map<String, String> languageOf, List<String> codes) {
        this.languageOf = languageOf;
        this.longest =
                languageOf.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.codes = codes;
    }

    /** A guesser restricted to {@code codes}. */
    static QuickGuess forLanguages(List<String> codes) {
        Map<String, String> languageOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String[] line : lines()) {
            if (line[0].equals("shared")) {
                shared.addAll(List.of(line).subList(1, line.length));
                continue;
            }
            if (!codes.contains(line[0])) {
                continue;
            }
            for (int i = 1; i < line.length; i++) {
                String previous = languageOf.putIfAbsent(line[i], line[0]);
                if (previous != null && !previous.equals(line[0])) {
                    shared.add(line[i]);
                }
            }
        }
        shared.forEach(languageOf::remove);
        return new QuickGuess(Map.copyOf(languageOf), List.copyOf(codes));
    }

    /** The language when the text leaves no doubt, with a confidence in [0.5, 1]. */
    Optional<DetectedLanguage> guess(String text) {
        ScriptCounts scripts = ScriptCounts.of(text);
        Optional<String> byScript = scripts.soleLanguage()
                .filter(codes::contains)
                .filter(code ->
                        SCRIPT_NEIGHBOURS.getOrDefault(code, Set.of()).stream().noneMatch(codes::contains));
        if (byScript.isPresent()) {
            return Optional.of(new DetectedLanguage(byScript.get(), 1.0));
        }
        return scripts.mostlyLatin() ? byFunctionWords(text) : Optional.empty();
    }

    private Optional<DetectedLanguage> byFunctionWords(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int total = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String language = i - start > longest ? null : languageOf.get(lower.substring(start, i));
                start = -1;
                if (language != null) {
                    hits.merge(language, 1, Integer::sum);
                    total++;
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || first < MIN_HITS || first < MIN_LEAD * second) {
            return Optional.empty();
        }
        return Optional.of(new DetectedLanguage(best, Math.max(0.5, (double) first / total)));
    }

    private static List<String[]> lines() {
        try (InputStream in = QuickGuess.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
