package io.dealwire.app.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The desk's questions over a {@link DealRepository}: filtered, newest-first pages with converted amounts, one
 * deal, and the charts' statistics. Stateless apart from the repository; safe for concurrent use.
 */
public final class DealDesk {
    /** Newest first: last reported, then first reported, then id, so the order is total and stable. */
    static final Comparator<DealCard> NEWEST_FIRST = Comparator.comparing(DealCard::lastSeenAt)
            .thenComparing(DealCard::firstSeenAt)
            .reversed()
            .thenComparing(DealCard::dealId);

    private final DealRepository repository;
    private final CurrencyRates rates;

    public DealDesk(DealRepository repository, CurrencyRates rates) {
        this.repository = repository;
        this.rates = rates;
    }

    /** The page of deals {@code query} asks for. */
    public DealPage find(DealQuery query) {
        List<DealCard> matching =
                converted().stream().filter(query::matches).sorted(NEWEST_FIRST).toList();
        int from = Math.min(query.offset(), matching.size());
        int to = Math.min(from + query.limit(), matching.size());
        return new DealPage(
                matching.size(),
                query.offset(),
                query.limit(),
                rates.target(),
                rates.configured(),
                matching.subList(from, to));
    }

    /** One deal, its amount converted; empty when unknown. */
    public Optional<DealDetail> deal(String dealId) {
        return repository.deal(dealId).map(d -> new DealDetail(convert(d.deal()), d.mentions(), d.statusHistory()));
    }

    /** The charts' statistics over every deal. */
    public DealStats stats() {
        return DealStats.of(converted(), rates.target());
    }

    /** The repository's name: {@code kafka-streams} or {@code postgresql}. */
    public String source() {
        return repository.name();
    }

    private List<DealCard> converted() {
        return repository.deals().stream().map(this::convert).toList();
    }

    private DealCard convert(DealCard card) {
        return card.withConverted(rates.convert(card.amount()).orElse(null));
    }
}
