package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Gives a funding round the investors a later sentence names ("The round was led by X", "本轮融资由X领投"): a round
 * read with investors but no company joins the nearest round before it, or, from the headline, the article's first
 * round; with no round before it, the first round after it. One with no round to join is dropped.
 */
final class InvestorLinker {
    private InvestorLinker() {}

    /** {@code candidates} in reading order (body sentences, then the headline), investor-only rounds folded in. */
    static List<ExtractedDeal> link(List<ExtractedDeal> candidates) {
        List<ExtractedDeal> linked = new ArrayList<>();
        List<ExtractedDeal> waiting = new ArrayList<>();
        for (ExtractedDeal deal : candidates) {
            if (!investorsOnly(deal)) {
                linked.add(deal);
                if (deal.type() == DealType.FUNDING_ROUND && !waiting.isEmpty()) {
                    // Investors read before any round (the same sentence names both, or the investors come first):
                    // they belong to the first round that follows.
                    int at = linked.size() - 1;
                    for (ExtractedDeal investors : waiting) {
                        linked.set(at, withInvestors(linked.get(at), investors));
                    }
                    waiting.clear();
                }
                continue;
            }
            OptionalInt round = deal.evidence().isTitle() ? first(linked) : last(linked);
            if (round.isPresent()) {
                linked.set(round.getAsInt(), withInvestors(linked.get(round.getAsInt()), deal));
            } else {
                waiting.add(deal);
            }
        }
        return linked;
    }

    static boolean investorsOnly(ExtractedDeal deal) {
        return deal.type() == DealType.FUNDING_ROUND
                && deal.parties().stream().noneMatch(p -> p.role() == PartyRole.TARGET);
    }

    private static OptionalInt first(List<ExtractedDeal> deals) {
        for (int i = 0; i < deals.size(); i++) {
            if (deals.get(i).type() == DealType.FUNDING_ROUND) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt last(List<ExtractedDeal> deals) {
        for (int i = deals.size() - 1; i >= 0; i--) {
            if (deals.get(i).type() == DealType.FUNDING_ROUND) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static ExtractedDeal withInvestors(ExtractedDeal round, ExtractedDeal investors) {
        List<PartyMention> parties = new ArrayList<>(round.parties());
        // A company is never its own round's investor: "X announced a round led by Y" names X among the investors'
        // sentence's names.
        investors.parties().stream()
                .filter(p ->
                        parties.stream().noneMatch(q -> DealMerger.sameParty(q.normalizedName(), p.normalizedName())))
                .forEach(parties::add);
        return new ExtractedDeal(
                round.type(),
                round.status(),
                parties,
                round.amount(),
                round.stakePercent(),
                round.valuation(),
                round.evidence(),
                round.confidence());
    }
}
