package io.dealwire.enrich.amount;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How one language writes money.
 *
 * @param currencies currency words and symbols with their ISO 4217 code
 * @param scales multiplier words ("billion", "Mrd.", "亿") with their factor
 * @param decimalComma true when the language writes 68,7 for 68.7
 * @param hedges words before a number that make it approximate ("about", "rund", "près de")
 * @param perUnit words after a price that make it a price per share or unit
 */
public record AmountLexicon(
        List<Term> currencies, List<Term> scales, boolean decimalComma, List<String> hedges, List<String> perUnit) {

    /**
     * A lexicon entry: a regular expression (no capturing groups) and what it means.
     *
     * @param value an ISO 4217 code for a currency, a decimal factor such as {@code 1e9} for a scale
     * @param regex the surface forms
     */
    public record Term(String value, String regex) {
        /** The surface forms, compiled, case-sensitive (so that "M" and "m" can differ). */
        public Pattern pattern() {
            return Pattern.compile(regex);
        }
    }

    /** Copies the lists so that the record is immutable. */
    public AmountLexicon {
        currencies = List.copyOf(currencies);
        scales = List.copyOf(scales);
        hedges = List.copyOf(hedges);
        perUnit = List.copyOf(perUnit);
    }
}
