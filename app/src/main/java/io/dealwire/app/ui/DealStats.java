package io.dealwire.app.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the charts draw: deal count and disclosed value per period and type, and the most active acquirers and
 * investors (by number of deals in which they are the buyer).
 *
 * @param interval {@code day} when the deals span at most 62 days, else {@code month}
 * @param currency the currency of {@code value} (converted amounts only; others count but add no value)
 */
public record DealStats(
        String interval, String currency, List<Bucket> timeline, List<Ranked> acquirers, List<Ranked> investors) {
    private static final int TOP = 10;
    private static final Set<String> ACQUIRING = Set.of("ACQUISITION", "MERGER", "ACQUIHIRE", "DIVESTITURE");
    private static final Set<String> INVESTING = Set.of("INVESTMENT", "FUNDING_ROUND");

    /** Deals of one type first reported (earliest source publication) in one period ({@code 2026-03-06} or {@code 2026-03}). */
    public record Bucket(String period, String type, int count, double value) {}

    /** A party and the number of deals it took part in as buyer. */
    public record Ranked(String name, int deals) {}

    /** The statistics of {@code cards}, already converted to {@code currency}. */
    public static DealStats of(Collection<DealCard> cards, String currency) {
        String interval = interval(cards);
        Map<String, Bucket> buckets = new TreeMap<>();
        for (DealCard card : cards) {
            String period =
                    card.reportedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
            period = interval.equals("day") ? period : period.substring(0, 7);
            double value = card.converted() == null ? 0 : card.converted().value();
            buckets.merge(
                    period + " " + card.type(),
                    new Bucket(period, card.type(), 1, value),
                    (a, b) -> new Bucket(a.period(), a.type(), a.count() + 1, a.value() + b.value()));
        }
        return new DealStats(
                interval, currency, List.copyOf(buckets.values()), top(cards, ACQUIRING), top(cards, INVESTING));
    }

    private static String interval(Collection<DealCard> cards) {
        Instant first = cards.stream()
                .map(DealCard::reportedAt)
                .min(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        Instant last = cards.stream()
                .map(DealCard::reportedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        return Duration.between(first, last).compareTo(Duration.ofDays(62)) <= 0 ? "day" : "month";
    }

    private static List<Ranked> top(Collection<DealCard> cards, Set<String> types) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (DealCard card : cards) {
            if (!types.contains(card.type())) {
                continue;
            }
            Set<String> buyers = new LinkedHashSet<>();
            card.parties().stream().filter(p -> p.role().equals("BUYER")).forEach(p -> {
                buyers.add(p.normalizedName());
                names.putIfAbsent(p.normalizedName(), p.name());
            });
            buyers.forEach(b -> counts.merge(b, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Ranked(names.get(e.getKey()), e.getValue()))
                .toList();
    }
}
