package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.schemas.avro.DealType;
import java.util.ArrayList;
import java.util.List;

/**
 * Settles one transaction read as two types: a sale of a unit read both as DIVESTITURE and ACQUISITION stays a
 * DIVESTITURE; a minority stake read both as INVESTMENT and ACQUISITION stays an INVESTMENT.
 */
final class DealConflicts {
    private DealConflicts() {}

    static List<ExtractedDeal> resolve(List<ExtractedDeal> deals) {
        List<ExtractedDeal> kept = new ArrayList<>();
        for (ExtractedDeal deal : deals) {
            if (!shadowed(deal, deals)) {
                kept.add(deal);
            }
        }
        return kept;
    }

    private static boolean shadowed(ExtractedDeal deal, List<ExtractedDeal> all) {
        if (deal.type() != DealType.ACQUISITION) {
            return false;
        }
        return all.stream().anyMatch(other -> prevails(other) && sameTransaction(deal, other));
    }

    private static boolean prevails(ExtractedDeal other) {
        return other.type() == DealType.DIVESTITURE
                || (other.type() == DealType.INVESTMENT
                        && other.stakePercent().map(p -> p < 50).orElse(false));
    }

    private static boolean sameTransaction(ExtractedDeal a, ExtractedDeal b) {
        ExtractedDeal retyped = new ExtractedDeal(
                b.type(),
                a.status(),
                a.parties(),
                a.amount(),
                a.stakePercent(),
                a.valuation(),
                a.evidence(),
                a.confidence());
        return DealMerger.same(retyped, b);
    }
}
