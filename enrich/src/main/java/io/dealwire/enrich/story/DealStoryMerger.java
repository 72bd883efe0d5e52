package io.dealwire.enrich.story;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealSource;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.serde.TrustedPackages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds deal events into the story of their deal ({@code deals.current}).
 *
 * <p>Parties are the union over reports (one per normalised name and role); status is the status of the most
 * recently published report that states one; the amount is the one most reports give (amounts within 1 % in the
 * same currency count as one; ties go to the earliest report); stake and valuation are the first reported and are
 * filled in by later reports when missing. Merging the same event twice changes nothing, so redelivery is harmless;
 * a newer extractor's event with the same eventId replaces the older report.
 */
public final class DealStoryMerger {
    static {
        TrustedPackages.install(); // deep copies of stories instantiate generated classes (LIBRARIES.md)
    }

    private DealStoryMerger() {}

    /**
     * The story after {@code event}; empty when the event was already part of {@code current} (nothing changed).
     *
     * @param seenAt when the pipeline saw the event (the record timestamp)
     */
    public static Optional<DealStory> merge(Optional<DealStory> current, DealEvent event, Instant seenAt) {
        if (current.isPresent() && alreadyMerged(current.get(), event)) {
            return Optional.empty();
        }
        DealStory story =
                current.map(DealStory::newBuilder).map(DealStory.Builder::build).orElseGet(() -> start(event, seenAt));
        List<DealSource> sources =
                new ArrayList<>(current.map(DealStory::getSources).orElse(List.of()));
        sources.removeIf(s -> s.getEventId().equals(event.getEventId())); // an older extractor's report
        sources.add(source(event));
        sources.sort(Comparator.comparing((DealSource s) -> publishedOrEpoch(s)).thenComparing(DealSource::getEventId));
        story.setSources(sources);
        story.setParties(unionOfParties(story.getParties(), event.getParties()));
        story.setStatus(latestStatus(sources));
        story.setAmount(bestSupportedAmount(sources));
        if (story.getStakePercent() == null) {
            story.setStakePercent(event.getStakePercent());
        }
        if (story.getValuation() == null) {
            story.setValuation(event.getValuation());
        }
        story.setFirstSeenAt(min(story.getFirstSeenAt(), seenAt));
        story.setLastSeenAt(max(story.getLastSeenAt(), seenAt));
        if (ExtractorVersions.compare(event.getExtractorVersion(), story.getExtractorVersion()) > 0) {
            story.setExtractorVersion(event.getExtractorVersion());
        }
        return Optional.of(story);
    }

    private static DealStory start(DealEvent event, Instant seenAt) {
        return DealStory.newBuilder()
                .setDealId(event.getDealId())
                .setType(event.getType())
                .setStatus(event.getStatus())
                .setParties(List.of())
                .setFirstSeenAt(seenAt)
                .setLastSeenAt(seenAt)
                .setSources(List.of())
                .setExtractorVersion(event.getExtractorVersion())
                .build();
    }

    private static boolean alreadyMerged(DealStory story, DealEvent event) {
        return story.getSources().stream()
                .anyMatch(s -> s.getEventId().equals(event.getEventId())
                        && ExtractorVersions.compare(event.getExtractorVersion(), story.getExtractorVersion()) <= 0);
    }

    /** The amount given by the most sources, amounts within 1 % in one currency counting as one; ties: earliest. */
    static Money bestSupportedAmount(List<DealSource> sourcesOldestFirst) {
        Money best = null;
        long bestVotes = 0;
        for (DealSource candidate : sourcesOldestFirst) {
            Money amount = candidate.getAmount();
            if (amount == null) {
                continue;
            }
            long votes = sourcesOldestFirst.stream()
                    .filter(s -> s.getAmount() != null && close(s.getAmount(), amount))
                    .count();
            if (votes > bestVotes) {
                best = amount;
                bestVotes = votes;
            }
        }
        return best;
    }

    private static boolean close(Money a, Money b) {
        return a.getCurrency().equals(b.getCurrency())
                && Math.abs(a.getValue() - b.getValue())
                        <= 0.01 * Math.max(Math.abs(a.getValue()), Math.abs(b.getValue()));
    }

    private static DealSource source(DealEvent event) {
        return DealSource.newBuilder()
                .setEventId(event.getEventId())
                .setArticleId(event.getArticleId())
                .setUrl(event.getArticleUrl())
                .setTitle(event.getArticleTitle())
                .setLanguage(event.getArticleLanguage())
                .setPublishedAt(event.getArticlePublishedAt())
                .setStatus(event.getStatus())
                .setAmount(event.getAmount())
                .build();
    }

    private static List<Party> unionOfParties(List<Party> known, List<Party> reported) {
        Map<String, Party> byKey = new LinkedHashMap<>();
        for (Party p : known) {
            byKey.putIfAbsent(p.getRole() + "|" + p.getNormalizedName(), p);
        }
        for (Party p : reported) {
            byKey.putIfAbsent(p.getRole() + "|" + p.getNormalizedName(), p);
        }
        return List.copyOf(byKey.values());
    }

    private static DealStatus latestStatus(List<DealSource> sourcesOldestFirst) {
        for (int i = sourcesOldestFirst.size() - 1; i >= 0; i--) {
            DealStatus status = sourcesOldestFirst.get(i).getStatus();
            if (status != DealStatus.UNKNOWN) {
                return status;
            }
        }
        return DealStatus.UNKNOWN;
    }

    private static Instant publishedOrEpoch(DealSource source) {
        return source.getPublishedAt() != null ? source.getPublishedAt() : Instant.EPOCH;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
