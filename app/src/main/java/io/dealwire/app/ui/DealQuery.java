package io.dealwire.app.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The desk's filters and page, as {@code /api/deals} takes them. Every filter is optional; dates are days in UTC
 * and apply to when the deal was last reported, both ends inclusive; {@code minAmount} is in the desk's currency.
 *
 * @param offset rows skipped, at least 0
 * @param limit rows returned, 1 to {@link #MAX_LIMIT}
 */
public record DealQuery(
        Optional<String> type,
        Optional<String> status,
        Optional<String> company,
        Optional<String> language,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<Double> minAmount,
        int offset,
        int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final Set<String> PARAMETERS =
            Set.of("type", "status", "company", "language", "from", "to", "minAmount", "offset", "limit");

    public DealQuery {
        if (offset < 0) {
            throw new BadRequestException("offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The whole desk, first page. */
    public static DealQuery all() {
        return parse(Map.of());
    }

    /**
     * Reads the query string's parameters; blank values count as absent.
     *
     * @throws BadRequestException for unknown parameters and malformed values, naming them
     */
    public static DealQuery parse(Map<String, String> params) {
        for (String name : params.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new BadRequestException(
                        "unknown parameter " + name + "; known: " + String.join(", ", PARAMETERS));
            }
        }
        return new DealQuery(
                value(params, "type").map(v -> v.toUpperCase(Locale.ROOT)),
                value(params, "status").map(v -> v.toUpperCase(Locale.ROOT)),
                value(params, "company"),
                value(params, "language").map(v -> v.toLowerCase(Locale.ROOT)),
                value(params, "from").map(v -> date("from", v)),
                value(params, "to").map(v -> date("to", v)),
                value(params, "minAmount").map(DealQuery::amount),
                value(params, "offset").map(v -> integer("offset", v)).orElse(0),
                value(params, "limit").map(v -> integer("limit", v)).orElse(DEFAULT_LIMIT));
    }

    /** Whether {@code card} (already converted) passes every filter. */
    public boolean matches(DealCard card) {
        Instant last = card.lastSeenAt();
        return type.map(card.type()::equals).orElse(true)
                && status.map(card.status()::equals).orElse(true)
                && company.map(card::names).orElse(true)
                && language.map(card.languages()::contains).orElse(true)
                && from.map(d -> !last.isBefore(d.atStartOfDay(ZoneOffset.UTC).toInstant()))
                        .orElse(true)
                && to.map(d -> last.isBefore(
                                d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                        .orElse(true)
                && minAmount
                        .map(min -> card.converted() != null && card.converted().value() >= min)
                        .orElse(true);
    }

    private static Optional<String> value(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date like 2026-03-01, was " + value);
        }
    }

    private static double amount(String value) {
        try {
            double amount = Double.parseDouble(value);
            if (amount >= 0 && Double.isFinite(amount)) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below with the parameter's name
        }
        throw new BadRequestException("minAmount must be a number of 0 or more, was " + value);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, was " + value);
        }
    }
}
