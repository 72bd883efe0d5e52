package io.dealwire.app.ui;

import io.dealwire.app.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Conversion rates into the desk's currency ({@code ui.currency}), from {@code ui.rates}: {@code EUR=1.08,GBP=1.27}
 * means one euro is 1.08 units of the desk's currency. The desk's own currency converts at 1; a currency without a
 * rate does not convert.
 */
public record CurrencyRates(String target, Map<String, Double> perUnit) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public CurrencyRates {
        if (target == null || !CODE.matcher(target).matches()) {
            throw new ConfigException("ui.currency must be an ISO 4217 code such as USD, was " + target);
        }
        perUnit = Map.copyOf(perUnit);
    }

    /** No rates: amounts in the target currency convert at 1, others not at all. */
    public static CurrencyRates none(String target) {
        return new CurrencyRates(target, Map.of());
    }

    /**
     * Parses {@code ui.rates}.
     *
     * @throws ConfigException naming the key and the offending entry
     */
    public static CurrencyRates parse(String target, String rates) {
        String code = target == null ? null : target.trim().toUpperCase(Locale.ROOT);
        Map<String, Double> parsed = new LinkedHashMap<>();
        for (String entry : rates.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", -1);
            String currency = parts[0].trim().toUpperCase(Locale.ROOT);
            double rate = parts.length == 2 ? number(parts[1].trim()) : Double.NaN;
            if (!CODE.matcher(currency).matches() || !(rate > 0) || Double.isInfinite(rate)) {
                throw new ConfigException("ui.rates must be CODE=rate pairs separated by commas with positive rates,"
                        + " e.g. EUR=1.08,GBP=1.27, was '" + entry.trim() + "'");
            }
            parsed.put(currency, rate);
        }
        return new CurrencyRates(code, parsed);
    }

    /** Whether any rate was configured (the desk then shows a converted column). */
    public boolean configured() {
        return !perUnit.isEmpty();
    }

    /** {@code money} in the target currency, when its currency is the target or has a rate. */
    public Optional<DealCard.Money> convert(DealCard.Money money) {
        if (money == null) {
            return Optional.empty();
        }
        if (money.currency().equals(target)) {
            return Optional.of(money);
        }
        Double rate = perUnit.get(money.currency());
        return rate == null
                ? Optional.empty()
                : Optional.of(new DealCard.Money(money.value() * rate, target, money.approximate()));
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
