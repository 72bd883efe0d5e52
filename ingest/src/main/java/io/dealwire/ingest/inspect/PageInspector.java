package io.dealwire.ingest.inspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dealwire.ingest.article.ExtractedPage;
import io.dealwire.ingest.article.PageExtractor;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import java.time.Instant;

/**
 * What the page extractor makes of one article page: title, byline, publication time, language hint and main text,
 * or the typed error of fetching it. Never throws for a bad source.
 */
public final class PageInspector {
    private final Fetcher fetcher;
    private final PageExtractor extractor = new PageExtractor();
    private final long maxBytes;

    /**
     * The report on one page source.
     *
     * @param source the file path or URL as given
     * @param finalUrl the URL read last (after redirects), or the file's URI
     * @param statusCode HTTP status, 0 for a file or when no response arrived
     * @param error the typed error code, null when the page was read
     * @param detail what the error means here, null when none
     * @param title the page title, null when none
     * @param byline the author as the page names it, null when none
     * @param publishedAt ISO-8601 publication time from the page's metadata, null when none
     * @param language ISO 639-1 language hint from the page's markup, null when none
     * @param text the extracted main text, empty when none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageReport(
            String source,
            String finalUrl,
            int statusCode,
            String error,
            String detail,
            String title,
            String byline,
            String publishedAt,
            String language,
            String text) {}

    /** An inspector fetching URLs with {@code fetcher} and reading files up to {@code maxBytes}. */
    public PageInspector(Fetcher fetcher, long maxBytes) {
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
    }

    /** Inspects {@code source}: an http(s) URL, else a file path. */
    public PageReport inspect(String source) {
        FetchResult read = Source.read(source, fetcher, maxBytes);
        String finalUrl = read.finalUrl().toString();
        if (!read.ok()) {
            return failed(source, read, read.outcome().name(), read.detail());
        }
        try {
            ExtractedPage page = extractor.extract(read.body(), read.headers().contentType(), read.finalUrl());
            return new PageReport(
                    source,
                    finalUrl,
                    read.statusCode(),
                    null,
                    null,
                    page.title().orElse(null),
                    page.byline().orElse(null),
                    page.publishedAt().map(Instant::toString).orElse(null),
                    page.language().orElse(null),
                    page.text());
        } catch (RuntimeException e) {
            return failed(source, read, FetchOutcome.UNEXPECTED.name(), e.toString());
        }
    }

    private static PageReport failed(String source, FetchResult read, String error, String detail) {
        return new PageReport(
                source, read.finalUrl().toString(), read.statusCode(), error, detail, null, null, null, null, "");
    }
}
