package io.dealwire.enrich.deal;

/**
 * A sum of money.
 *
 * @param value in whole units of the currency (68.7 billion dollars is 6.87E10)
 * @param currency ISO 4217 code
 * @param approximate true when the article hedges the figure ("about", "près de", "up to", "rund")
 */
public record Amount(double value, String currency, boolean approximate) {}
