package io.dealwire.ingest.feed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a parsed feed, as the feed gave it; HTML fields are raw (not yet sanitised).
 *
 * @param guid RSS {@code guid}, RSS 1.0 {@code rdf:about} or Atom {@code id}
 * @param link absolute URL of the article, resolved against the feed URL
 * @param title title as plain text, possibly empty
 * @param summaryHtml RSS {@code description} or Atom {@code summary}
 * @param contentHtml RSS {@code content:encoded} or Atom {@code content}
 * @param author author name
 * @param publishedAt the item's time, after the fallback chain
 * @param publishedAtSource where {@code publishedAt} came from
 */
public record FeedItem(
        Optional<String> guid,
        Optional<String> link,
        String title,
        Optional<String> summaryHtml,
        Optional<String> contentHtml,
        Optional<String> author,
        Instant publishedAt,
        PublishedAtSource publishedAtSource) {

    public FeedItem {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summaryHtml, "summaryHtml");
        Objects.requireNonNull(contentHtml, "contentHtml");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedAtSource, "publishedAtSource");
    }
}
