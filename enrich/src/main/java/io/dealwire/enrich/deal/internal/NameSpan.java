package io.dealwire.enrich.deal.internal;

/**
 * A company name found in a sentence.
 *
 * @param name the name, cleaned of descriptions and articles
 * @param start where the name starts in the sentence
 * @param end where it ends
 */
record NameSpan(String name, int start, int end) {}
