package io.dealwire.ingest.feed;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, per feed, consecutive polls answered with a permanent redirect (301/308) to the same target, and says when
 * the stored URL should follow it: after {@code ingest.permanent-redirect-sightings} sightings in a row, never from
 * https to http. Temporary redirects (302/303/307) never move a feed. Thread-safe.
 *
 * <p>The counts live in memory: a restart starts counting again (FeedState has no field for them).
 */
final class PermanentRedirects {
    private final int sightings;
    private final Map<String, Sighting> seen = new ConcurrentHashMap<>();

    private record Sighting(URI target, int count) {}

    PermanentRedirects(int sightings) {
        this.sightings = sightings;
    }

    /**
     * Records one poll of {@code feedId} at {@code requested}; returns the URL to move the feed to once the same
     * permanent target has been seen often enough.
     */
    Optional<URI> observe(String feedId, URI requested, Optional<URI> movedTo) {
        if (movedTo.isEmpty() || isDowngrade(requested, movedTo.get())) {
            seen.remove(feedId);
            return Optional.empty();
        }
        URI target = movedTo.get();
        Sighting now = seen.merge(
                feedId,
                new Sighting(target, 1),
                (old, fresh) -> old.target().equals(target) ? new Sighting(target, old.count() + 1) : fresh);
        if (now.count() >= sightings) {
            seen.remove(feedId);
            return Optional.of(target);
        }
        return Optional.empty();
    }

    private static boolean isDowngrade(URI from, URI to) {
        return "https".equalsIgnoreCase(from.getScheme())
                && !"https".equals(to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT));
    }
}
