package io.dealwire.enrich.deal;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import java.util.List;
import java.util.Optional;

/**
 * One deal event read from an article.
 *
 * @param type the kind of deal
 * @param status where the deal stands; {@link DealStatus#UNKNOWN} when the text does not say
 * @param parties the named parties with their roles, in order of appearance; never empty
 * @param amount the deal value, the stake's price or the round's size
 * @param stakePercent the share of the target acquired or held, 0–100
 * @param valuation the target's valuation
 * @param evidence the supporting sentence
 * @param confidence in (0, 1]: how sure the rule that found the deal is
 */
public record ExtractedDeal(
        DealType type,
        DealStatus status,
        List<PartyMention> parties,
        Optional<Amount> amount,
        Optional<Double> stakePercent,
        Optional<Amount> valuation,
        Evidence evidence,
        double confidence) {
    /** Copies the party list so that the record is immutable. */
    public ExtractedDeal {
        parties = List.copyOf(parties);
    }

    /** This deal with {@code other} as its status and all else the same. */
    public ExtractedDeal withStatus(DealStatus other) {
        return new ExtractedDeal(type, other, parties, amount, stakePercent, valuation, evidence, confidence);
    }
}
