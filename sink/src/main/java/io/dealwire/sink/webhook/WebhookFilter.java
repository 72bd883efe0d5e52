package io.dealwire.sink.webhook;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which deal events an endpoint wants; every non-empty criterion must match, an empty one matches everything.
 *
 * @param types deal types, e.g. {@code ACQUISITION} ({@code …filter.types})
 * @param companies normalised company names, stored lower-cased and trimmed; matches when any party has one
 *     ({@code …filter.companies})
 * @param languages ISO 639-1 article languages ({@code …filter.languages})
 * @param minAmount smallest amount, in its currency: events without an amount or in another currency do not match
 *     ({@code …filter.min-amount}, {@code …filter.min-amount-currency})
 */
public record WebhookFilter(
        Set<DealType> types, Set<String> companies, Set<String> languages, Optional<MinAmount> minAmount) {

    /**
     * A lower bound on {@code amount}.
     *
     * @param value the smallest accepted value, not negative
     * @param currency ISO 4217 code, upper-cased
     */
    public record MinAmount(BigDecimal value, String currency) {
        public MinAmount {
            if (value == null || value.signum() < 0) {
                throw new IllegalArgumentException("filter.min-amount must be a number >= 0, was " + value);
            }
            if (currency == null || !currency.trim().matches("[A-Za-z]{3}")) {
                throw new IllegalArgumentException(
                        "filter.min-amount-currency must be a three-letter code, was " + currency);
            }
            currency = currency.trim().toUpperCase(Locale.ROOT);
        }
    }

    public WebhookFilter {
        types = Set.copyOf(types);
        companies =
                companies.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        languages =
                languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(minAmount, "minAmount must not be null");
    }

    /** The filter that lets every event through. */
    public static WebhookFilter all() {
        return new WebhookFilter(Set.of(), Set.of(), Set.of(), Optional.empty());
    }

    /** Whether {@code event} passes every criterion. */
    public boolean matches(DealEvent event) {
        return (types.isEmpty() || types.contains(event.getType()))
                && (languages.isEmpty()
                        || languages.contains(event.getArticleLanguage().toLowerCase(Locale.ROOT)))
                && (companies.isEmpty()
                        || event.getParties().stream()
                                .map(Party::getNormalizedName)
                                .anyMatch(companies::contains))
                && minAmount.map(min -> atLeast(event.getAmount(), min)).orElse(true);
    }

    private static boolean atLeast(Money amount, MinAmount min) {
        return amount != null
                && Double.isFinite(amount.getValue())
                && min.currency().equalsIgnoreCase(amount.getCurrency())
                && BigDecimal.valueOf(amount.getValue()).compareTo(min.value()) >= 0;
    }
}
