package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.enrich.text.Sentence;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a deal the outcome the next sentence tells of it without naming it again as a deal: "The first is Microsoft's
 * purchase of Activision Blizzard. Microsoft agreed to buy the video-game publisher for $68.7 billion in 2022 and
 * completed the acquisition in October 2023." The next sentence must name one of the deal's parties, speak of a deal
 * (the language's acquisition or merger words), report no deal of its own, and say the deal completed or was
 * cancelled; the further status wins (see {@link DealMerger#furthest}).
 */
final class StatusFiller {
    private StatusFiller() {}

    static List<ExtractedDeal> fill(List<ExtractedDeal> deals, List<Sentence> sentences, Lexicon lexicon) {
        List<ExtractedDeal> out = new ArrayList<>(deals.size());
        for (ExtractedDeal d : deals) {
            out.add(
                    d.type() == DealType.REGULATORY || d.evidence().isTitle()
                            ? d
                            : withNextOutcome(d, deals, sentences, lexicon));
        }
        return out;
    }

    private static ExtractedDeal withNextOutcome(
            ExtractedDeal d, List<ExtractedDeal> deals, List<Sentence> sentences, Lexicon lexicon) {
        int own = AmountFiller.indexOf(sentences, d.evidence().start());
        if (own < 0 || own + 1 >= sentences.size()) {
            return d;
        }
        Sentence next = sentences.get(own + 1);
        String text = next.text();
        boolean ownDeal = deals.stream()
                .anyMatch(x -> !x.evidence().isTitle() && x.evidence().start() == next.start());
        boolean namesParty = d.parties().stream().map(PartyMention::name).anyMatch(text::contains);
        boolean speaksOfDeal = lexicon.context().acquisition().matcher(text).find()
                || lexicon.context().merger().matcher(text).find();
        if (ownDeal || !namesParty || !speaksOfDeal) {
            return d;
        }
        for (Lexicon.StatusCue cue : lexicon.statusCues()) {
            if ((cue.status() == DealStatus.COMPLETED || cue.status() == DealStatus.CANCELLED)
                    && cue.regex().matcher(text).find()) {
                return d.withStatus(DealMerger.furthest(d.status(), cue.status()));
            }
        }
        return d;
    }
}
