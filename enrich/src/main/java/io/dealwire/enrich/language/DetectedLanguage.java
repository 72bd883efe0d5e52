package io.dealwire.enrich.language;

/**
 * The language of a text as an ISO 639-1 code with the detector's confidence.
 *
 * @param code ISO 639-1 code in lower case, or {@code "und"} when the detector could not decide (never a guess)
 * @param confidence in [0, 1]; 0 for {@code "und"} unless a hint was used
 */
public record DetectedLanguage(String code, double confidence) {
    /** The code for an undetermined language. */
    public static final String UNDETERMINED = "und";

    /** An undetermined result with zero confidence. */
    public static DetectedLanguage undetermined() {
        return new DetectedLanguage(UNDETERMINED, 0.0);
    }
}
