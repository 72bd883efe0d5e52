package io.dealwire.enrich.deal;

/**
 * The sentence that supports a deal.
 *
 * <p>When the deal was read from the body, {@code text.substring(start, end).equals(sentence)} holds for the
 * article's {@link ArticleInput#text()} (offsets in UTF-16 units). When the deal was found only in the title and no
 * body sentence names its parties, the sentence is the title and {@code start == end == -1}.
 *
 * @param sentence the supporting sentence
 * @param start offset of its first character in the text, or -1 for the title
 * @param end offset after its last character, or -1 for the title
 */
public record Evidence(String sentence, int start, int end) {
    /** Evidence taken from the title, which has no offsets in the text. */
    public static Evidence fromTitle(String title) {
        return new Evidence(title, -1, -1);
    }

    /** Whether this evidence is the title rather than a body sentence. */
    public boolean isTitle() {
        return start < 0;
    }
}
