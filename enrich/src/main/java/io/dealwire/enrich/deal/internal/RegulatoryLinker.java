package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each regulator's review the parties of the deal it reviews. A review sentence often names only the regulator
 * ("the CMA cleared the deal"): its targets are then the parties of the nearest deal reported before it, or of the
 * article's first deal. A review with no deal to attach to is dropped: a fine or a probe of conduct is not a deal.
 */
final class RegulatoryLinker {
    private RegulatoryLinker() {}

    static List<ExtractedDeal> link(List<ExtractedDeal> deals) {
        List<ExtractedDeal> linked = new ArrayList<>();
        for (ExtractedDeal deal : deals) {
            if (deal.type() != DealType.REGULATORY || hasTarget(deal)) {
                linked.add(deal);
                continue;
            }
            reviewed(deal, deals).ifPresent(reviewed -> linked.add(withTargets(deal, reviewed)));
        }
        return linked;
    }

    private static Optional<ExtractedDeal> reviewed(ExtractedDeal review, List<ExtractedDeal> deals) {
        int at = Math.max(0, review.evidence().start());
        Optional<ExtractedDeal> before = deals.stream()
                .filter(d -> d.type() != DealType.REGULATORY
                        && Math.max(0, d.evidence().start()) <= at)
                .reduce((a, b) -> b);
        return before.or(() ->
                deals.stream().filter(d -> d.type() != DealType.REGULATORY).findFirst());
    }

    private static boolean hasTarget(ExtractedDeal deal) {
        return deal.parties().stream().anyMatch(p -> p.role() == PartyRole.TARGET);
    }

    private static ExtractedDeal withTargets(ExtractedDeal review, ExtractedDeal reviewed) {
        List<PartyMention> parties = new ArrayList<>(review.parties());
        reviewed.parties().stream()
                .filter(p -> p.role() != PartyRole.SELLER)
                .map(p -> new PartyMention(p.name(), p.normalizedName(), PartyRole.TARGET))
                .filter(p -> parties.stream().noneMatch(q -> q.normalizedName().equals(p.normalizedName())))
                .forEach(parties::add);
        return new ExtractedDeal(
                review.type(),
                review.status(),
                parties,
                review.amount(),
                review.stakePercent(),
                review.valuation(),
                review.evidence(),
                review.confidence() * 0.9);
    }
}
