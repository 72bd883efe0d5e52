package io.dealwire.ingest.feed;

import io.dealwire.schemas.avro.FeedState;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts consecutive polls of a feed answered with a permanent redirect (301/308) to the same target, and says when
 * the stored URL should follow it: after {@code ingest.permanent-redirect-sightings} sightings in a row, never from
 * https to http. Temporary redirects (302/303/307) never move a feed. The count lives in the feed's state
 * ({@code redirectTarget}, {@code redirectSightings}), so it survives restarts and moves with the feed's partition.
 */
final class PermanentRedirects {
    private final int sightings;

    /** What one poll leaves of the count: the target and sightings to store, and whether to move now. */
    record Sighting(Optional<URI> target, int count, boolean move) {
        static final Sighting NONE = new Sighting(Optional.empty(), 0, false);

        /** Stores this count in {@code state}; a move clears it. */
        FeedState.Builder applyTo(FeedState.Builder state) {
            return move
                    ? state.setRedirectTarget(null).setRedirectSightings(0)
                    : state.setRedirectTarget(target.map(URI::toString).orElse(null))
                            .setRedirectSightings(count);
        }
    }

    PermanentRedirects(int sightings) {
        this.sightings = sightings;
    }

    /**
     * Counts one poll at {@code requested} that {@code previous} state followed, answered by a permanent redirect
     * chain to {@code movedTo} (empty when it was not one).
     */
    Sighting observe(FeedState previous, URI requested, Optional<URI> movedTo) {
        if (movedTo.isEmpty() || isDowngrade(requested, movedTo.get())) {
            return Sighting.NONE;
        }
        URI target = movedTo.get();
        int count = target.toString().equals(previous.getRedirectTarget()) ? previous.getRedirectSightings() + 1 : 1;
        return new Sighting(Optional.of(target), count, count >= sightings);
    }

    private static boolean isDowngrade(URI from, URI to) {
        return "https".equalsIgnoreCase(from.getScheme())
                && !"https".equals(to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT));
    }
}
