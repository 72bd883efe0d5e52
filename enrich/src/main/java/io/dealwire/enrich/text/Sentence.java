package io.dealwire.enrich.text;

/**
 * A sentence of a text with its offsets.
 *
 * @param text the sentence, trimmed
 * @param start offset of its first character in the source text (UTF-16 units)
 * @param end offset after its last character
 */
public record Sentence(String text, int start, int end) {}
