package io.dealwire.enrich.deal;

/** A rule failed on one article; the message names the language and the text length, the cause says how. */
public final class DealExtractionException extends RuntimeException {
    public DealExtractionException(String language, int textLength, Throwable cause) {
        super(
                "deal extraction failed for a " + textLength + "-char article in language " + language + ": " + cause,
                cause);
    }
}
