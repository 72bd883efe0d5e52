package io.dealwire.app.cli;

import io.dealwire.enrich.deal.PartyNames;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealType;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The deal filters of {@code tail}: type, company, language and minimum amount; empty criteria match all. */
final class DealFilter {
    private static final Pattern AMOUNT = Pattern.compile("\\s*([0-9][0-9.,eE+]*)\\s*([A-Za-z]{3})\\s*");

    private DealFilter() {}

    static Predicate<DealEvent> of(Set<DealType> types, String company, Set<String> languages, String minAmount) {
        Predicate<DealEvent> filter = e -> types.isEmpty() || types.contains(e.getType());
        if (company != null && !company.isBlank()) {
            String wanted = PartyNames.normalize(company);
            filter = filter.and(
                    e -> e.getParties().stream().anyMatch(p -> PartyNames.sameParty(wanted, p.getNormalizedName())));
        }
        if (!languages.isEmpty()) {
            Set<String> codes = Set.copyOf(languages.stream()
                    .map(l -> l.trim().toLowerCase(Locale.ROOT))
                    .toList());
            filter = filter.and(e -> codes.contains(e.getArticleLanguage()));
        }
        if (minAmount != null && !minAmount.isBlank()) {
            Matcher m = AMOUNT.matcher(minAmount);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "--min-amount must be a number and a currency, e.g. 1e9USD, was '" + minAmount + "'");
            }
            double value = Double.parseDouble(m.group(1).replace(",", ""));
            String currency = m.group(2).toUpperCase(Locale.ROOT);
            filter = filter.and(e -> e.getAmount() != null
                    && e.getAmount().getCurrency().equals(currency)
                    && e.getAmount().getValue() >= value);
        }
        return filter;
    }
}
