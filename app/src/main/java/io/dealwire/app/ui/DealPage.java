package io.dealwire.app.ui;

import java.util.List;

/**
 * One page of the desk: {@code total} deals match the filters, {@code deals} are those from {@code offset} on,
 * newest first.
 *
 * @param currency the desk's currency ({@code ui.currency}), which {@code converted} amounts are in
 * @param ratesConfigured whether {@code ui.rates} was set, i.e. whether the page shows a converted column
 */
public record DealPage(
        int total, int offset, int limit, String currency, boolean ratesConfigured, List<DealCard> deals) {
    public DealPage {
        deals = List.copyOf(deals);
    }
}
