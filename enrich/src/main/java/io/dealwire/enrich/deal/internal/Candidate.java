package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.Set;

/**
 * A deal the rules or the triggers propose, with what the scorer weighs to keep or drop it.
 *
 * @param deal the proposed deal
 * @param features named evidence about it (see {@link CandidateFeatures})
 * @param cue what proposed it, for explanations: the rule's file and line, or the trigger's words and form
 */
public record Candidate(ExtractedDeal deal, Set<String> features, String cue) {
    public Candidate {
        features = Set.copyOf(features);
    }

    /**
     * Whether the scorer decides on this candidate. A regulator's review and a round's investors named on their own
     * have no subject yet (the linkers join them to the deal they belong to), so they are not scored.
     */
    public boolean scored() {
        return deal.type() != DealType.REGULATORY
                && deal.parties().stream().anyMatch(p -> p.role() == PartyRole.TARGET || p.role() == PartyRole.PARTNER);
    }
}
