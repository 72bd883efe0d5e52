package io.dealwire.enrich.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Detects the language of article text, restricted to a configured list of languages: clear cases by script or
 * function words (see {@link QuickGuess}), the rest with Lingua in low-accuracy mode, whose models are loaded once at
 * construction.
 *
 * <p>Instances are immutable and thread-safe (Lingua's detector is).
 */
public final class LanguageDetector {
    /** Texts with fewer letters than this are too short to decide alone; the hint wins. */
    static final int MIN_LETTERS = 12;
    /** Below this relative confidence the detector answers {@code "und"} (or the hint). */
    static final double MIN_CONFIDENCE = 0.5;
    /** Lingua needs no more than this much text to decide; longer texts are cut to bound the work. */
    static final int MAX_CHARS = 2_000;

    private static final List<String> DEFAULTS =
            List.of("en", "fr", "de", "es", "it", "pt", "nl", "zh", "ja", "ko", "ru", "ar", "pl", "sv", "tr");

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final List<String> codes;
    private final QuickGuess quick;

    private LanguageDetector(com.github.pemistahl.lingua.api.LanguageDetector lingua, List<String> codes) {
        this.lingua = lingua;
        this.codes = codes;
        this.quick = QuickGuess.forLanguages(codes);
    }

    /**
     * Builds a detector for the given ISO 639-1 codes, preloading their models.
     *
     * @throws IllegalArgumentException naming the first code Lingua does not know, or if fewer than two codes are given
     */
    public static LanguageDetector forLanguages(List<String> isoCodes) {
        List<Language> languages = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String code : isoCodes) {
            languages.add(toLanguage(code));
            codes.add(code.toLowerCase(Locale.ROOT));
        }
        if (languages.size() < 2) {
            throw new IllegalArgumentException("isoCodes must name at least two languages, was " + isoCodes);
        }
        var lingua = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
        return new LanguageDetector(lingua, List.copyOf(codes));
    }

    /** The languages the pipeline detects by default: the fifteen most common in the news feeds we follow. */
    public static List<String> defaultLanguages() {
        return DEFAULTS;
    }

    /** The ISO 639-1 codes this detector chooses among. */
    public List<String> languages() {
        return codes;
    }

    /**
     * Detects the language of {@code text}; when the text is too short or the detector unsure, returns the hint if
     * it is one of this detector's languages, otherwise {@code "und"}.
     *
     * @param text any text, possibly empty; never null
     * @param hint an ISO 639-1 code from the source (feed or HTML lang attribute), possibly empty
     */
    public DetectedLanguage detect(String text, Optional<String> hint) {
        Optional<DetectedLanguage> hinted = hint.map(h -> h.trim().toLowerCase(Locale.ROOT))
                .map(h -> h.length() > 2 && h.charAt(2) == '-' ? h.substring(0, 2) : h)
                .filter(codes::contains)
                .map(h -> new DetectedLanguage(h, 0.5));
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return hinted.orElse(DetectedLanguage.undetermined());
        }
        // Most articles are decided by their script or function words in microseconds; Lingua takes milliseconds.
        Optional<DetectedLanguage> clear = quick.guess(sample);
        if (clear.isPresent()) {
            return clear.get();
        }
        SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(sample);
        if (values.isEmpty()) {
            return hinted.orElse(DetectedLanguage.undetermined());
        }
        Map.Entry<Language, Double> best = values.entrySet().iterator().next();
        if (best.getValue() < MIN_CONFIDENCE) {
            return hinted.orElse(DetectedLanguage.undetermined());
        }
        return new DetectedLanguage(best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT), best.getValue());
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count += Character.isIdeographic(text.charAt(i)) ? 3 : 1;
            }
        }
        return count;
    }

    private static Language toLanguage(String code) {
        try {
            IsoCode639_1 iso = IsoCode639_1.valueOf(code.trim().toUpperCase(Locale.ROOT));
            return Language.getByIsoCode639_1(iso);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 639-1 language code: " + code, e);
        }
    }
}
