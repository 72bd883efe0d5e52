package io.dealwire.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feed an HTML page advertises: the first {@code <link rel="alternate">} whose type is RSS, Atom or JSON
 * Feed, resolved against the page URL; only http(s) targets are returned.
 */
public final class FeedDiscovery {
    private static final Set<String> FEED_TYPES =
            Set.of("application/rss+xml", "application/atom+xml", "application/feed+json", "application/json");

    private FeedDiscovery() {}

    /** The advertised feed of the page {@code body} fetched from {@code pageUrl}, if any. */
    public static Optional<URI> find(byte[] body, URI pageUrl) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), null, pageUrl.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Element link : page.select("link[rel][type][href]")) {
            if (isAlternate(link) && isFeedType(link)) {
                Optional<URI> target = httpUrl(link.absUrl("href"));
                if (target.isPresent()) {
                    return target;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isAlternate(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (rel.equals("alternate")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFeedType(Element link) {
        String type =
                link.attr("type").toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        // application/json only counts when the title or href says it is a feed
        return FEED_TYPES.contains(type)
                && (!type.equals("application/json")
                        || link.attr("href").toLowerCase(Locale.ROOT).contains("feed"));
    }

    private static Optional<URI> httpUrl(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
