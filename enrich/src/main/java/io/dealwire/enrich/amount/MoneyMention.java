package io.dealwire.enrich.amount;

import io.dealwire.enrich.deal.Amount;

/**
 * An amount of money found in a sentence.
 *
 * @param amount the value, normalised to whole units and an ISO 4217 code
 * @param start offset of the mention in the sentence
 * @param end offset after the mention
 * @param perUnit true for prices per share or per unit ("$51 per share", "82,50 Euro je Stück"), never a deal value
 */
public record MoneyMention(Amount amount, int start, int end, boolean perUnit) {}
