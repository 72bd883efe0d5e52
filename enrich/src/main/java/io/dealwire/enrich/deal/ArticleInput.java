package io.dealwire.enrich.deal;

/**
 * What the extractor reads of an article.
 *
 * @param title the headline, possibly empty; never null
 * @param text the main text, possibly empty; never null
 * @param language ISO 639-1 code, or {@code "und"}; selects the lexicon (unknown languages get every lexicon)
 */
public record ArticleInput(String title, String text, String language) {
    /** Replaces nulls with empty strings and {@code "und"} so that the extractor never sees null. */
    public ArticleInput {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        language = language == null || language.isBlank() ? "und" : language;
    }
}
