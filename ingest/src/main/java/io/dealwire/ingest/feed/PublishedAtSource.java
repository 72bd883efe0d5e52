package io.dealwire.ingest.feed;

/** Where an article's publication time came from; stored in {@code RawArticle.publishedAtSource}. */
public enum PublishedAtSource {
    /** The item's own publication date (RSS {@code pubDate}, Atom {@code published}). */
    FEED_PUBLISHED,
    /** Atom {@code updated}, used when no publication date was given. */
    FEED_UPDATED,
    /** Dublin Core {@code dc:date} (RSS 1.0 and others). */
    DC_DATE,
    /** The article page's metadata ({@code article:published_time}, JSON-LD {@code datePublished}). */
    PAGE_META,
    /** No date anywhere: the time the feed was fetched. */
    FETCH_TIME
}
