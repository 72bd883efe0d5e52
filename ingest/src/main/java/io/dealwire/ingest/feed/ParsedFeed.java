package io.dealwire.ingest.feed;

import java.util.List;
import java.util.Optional;

/**
 * A feed after parsing.
 *
 * @param feedType Rome's name of the format, e.g. {@code rss_2.0} or {@code atom_1.0}
 * @param title the feed's title, possibly empty
 * @param language the feed's declared language ({@code <language>}, {@code xml:lang}), if any
 * @param items the items in document order
 */
public record ParsedFeed(String feedType, String title, Optional<String> language, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
