package io.dealwire.enrich.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One labelled deal of a gold file (see the evaluation spec); absent lists read as empty.
 *
 * @param type a DealType name
 * @param status a DealStatus name, or null
 * @param buyer acquirers, investors, or the regulator
 * @param target who is acquired, invested in, raises, lists or is reviewed
 * @param partner the parties of a merger or partnership
 * @param amount the deal value, or null
 * @param stakePercent the stake, or null
 * @param valuation the target's valuation, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDeal(
        String type,
        String status,
        List<String> buyer,
        List<String> target,
        List<String> partner,
        GoldMoney amount,
        Double stakePercent,
        GoldMoney valuation) {
    /** Replaces absent lists with empty ones. */
    public GoldDeal {
        buyer = buyer == null ? List.of() : List.copyOf(buyer);
        target = target == null ? List.of() : List.copyOf(target);
        partner = partner == null ? List.of() : List.copyOf(partner);
    }

    /**
     * A sum of money in a gold file.
     *
     * @param value whole units
     * @param currency ISO 4217 code
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldMoney(double value, String currency) {}
}
