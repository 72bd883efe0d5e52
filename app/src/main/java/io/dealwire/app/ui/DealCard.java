package io.dealwire.app.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One deal as the desk lists it: the merged story of {@code deals.current}, whichever store it was read from.
 *
 * @param amount the amount as reported, in its own currency; null when no report gives one
 * @param converted the amount in the desk's currency when rates are configured; null otherwise
 * @param stakePercent share of the target, 0 to 100; null when unknown
 * @param valuation the valuation as reported; null when unknown
 */
public record DealCard(
        String dealId,
        String type,
        String status,
        List<Party> parties,
        Money amount,
        Money converted,
        Double stakePercent,
        Money valuation,
        Instant firstSeenAt,
        Instant lastSeenAt,
        List<String> languages,
        List<Source> sources) {

    /** A party of the deal with its role (BUYER, TARGET, PARTNER, SELLER, OTHER). */
    public record Party(String name, String normalizedName, String role) {}

    /** An amount of money in whole units of an ISO 4217 currency. */
    public record Money(double value, String currency, boolean approximate) {}

    /** One article that reported the deal. {@code url} is null unless it is http or https. */
    public record Source(
            String eventId,
            String articleId,
            String url,
            String outlet,
            String title,
            String language,
            Instant publishedAt,
            String status) {}

    public DealCard {
        parties = List.copyOf(parties);
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
    }

    /** The same card with the amount converted to the desk's currency (null when it cannot be). */
    public DealCard withConverted(Money convertedAmount) {
        return new DealCard(
                dealId,
                type,
                status,
                parties,
                amount,
                convertedAmount,
                stakePercent,
                valuation,
                firstSeenAt,
                lastSeenAt,
                languages,
                sources);
    }

    /** When the deal was first reported: the earliest publication date among its sources, else firstSeenAt. */
    public Instant reportedAt() {
        return sources.stream()
                .map(Source::publishedAt)
                .filter(java.util.Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(firstSeenAt);
    }

    /** Whether a party's name or normalised name contains {@code text}, ignoring case. */
    public boolean names(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return parties.stream()
                .anyMatch(p -> p.name().toLowerCase(Locale.ROOT).contains(needle)
                        || p.normalizedName().contains(needle));
    }
}
