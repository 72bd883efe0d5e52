package io.dealwire.ingest.article;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@link PageExtractor} found on an article page.
 *
 * @param title {@code og:title}, {@code <title>} or the first {@code <h1>}, if any
 * @param text plain text of the main content, possibly empty
 * @param html sanitised HTML of the main content, possibly empty
 * @param language ISO 639-1 code from {@code <html lang>} or language metadata, if any
 * @param publishedAt from {@code article:published_time}, {@code itemprop=datePublished} or JSON-LD, if any
 * @param byline the author as the page names it ({@code meta name=author}, {@code rel=author}, {@code
 *     itemprop=author}, a {@code .byline}), if any
 */
public record ExtractedPage(
        Optional<String> title,
        String text,
        String html,
        Optional<String> language,
        Optional<Instant> publishedAt,
        Optional<String> byline) {}
