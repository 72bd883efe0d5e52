package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.amount.MoneyMention;
import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.enrich.text.Sentence;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a deal that its own wording left without a sum the price or money raised that the article states apart:
 * in the deal's sentence but far from its verb ("priced its IPO … raising $4.87 billion"), in the next sentence
 * ("The deal values the company at…" is a valuation and is skipped; "It pays €2 billion for…" is taken), or in a
 * later sentence that names the deal's target. Only a sum introduced by the language's deal-value words counts.
 */
final class AmountFiller {
    /** Sums below this are prices, fees or counts, not deal values. */
    private static final double MIN_DEAL_VALUE = 1_000_000;
    /** How many sentences after the deal's own one are read without naming the target. */
    private static final int FOLLOWING = 2;
    /** How far later sentences naming the target are read. */
    private static final int LATER = 8;

    private static final int CUE_WINDOW = 50;

    private AmountFiller() {}

    static List<ExtractedDeal> fill(List<ExtractedDeal> deals, List<Sentence> sentences, Lexicon lexicon) {
        List<ExtractedDeal> out = new ArrayList<>(deals.size());
        for (ExtractedDeal d : deals) {
            out.add(
                    needsAmount(d)
                            ? find(d, sentences, lexicon)
                                    .map(a -> withAmount(d, a))
                                    .orElse(d)
                            : d);
        }
        return out;
    }

    private static boolean needsAmount(ExtractedDeal d) {
        return d.amount().isEmpty() && d.type() != DealType.REGULATORY && d.type() != DealType.PARTNERSHIP;
    }

    private static Optional<Amount> find(ExtractedDeal d, List<Sentence> sentences, Lexicon lexicon) {
        int own = d.evidence().isTitle() ? -1 : indexOf(sentences, d.evidence().start());
        List<String> names = d.parties().stream()
                .filter(p -> p.role() == PartyRole.TARGET || p.role() == PartyRole.PARTNER)
                .map(PartyMention::name)
                .toList();
        for (int i = Math.max(0, own); i < sentences.size() && i <= Math.max(0, own) + LATER; i++) {
            String text = sentences.get(i).text();
            boolean near = i == own || (i > own && i - Math.max(own, 0) <= FOLLOWING);
            if (near || names.stream().anyMatch(text::contains)) {
                Optional<Amount> amount = dealValue(text, lexicon);
                if (amount.isPresent()) {
                    return amount;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Amount> dealValue(String sentence, Lexicon lexicon) {
        for (MoneyMention m : lexicon.amounts().find(sentence)) {
            if (m.perUnit() || m.amount().value() < MIN_DEAL_VALUE) {
                continue;
            }
            String before = sentence.substring(Math.max(0, m.start() - CUE_WINDOW), m.start());
            var cue = lexicon.dealValue().matcher(before);
            if (cue.find() && lastStart(lexicon.valuation().matcher(before)) < cue.start()) {
                return Optional.of(m.amount());
            }
        }
        return Optional.empty();
    }

    /** Where the last valuation word before the sum starts, or -1: "valued at" after "for" makes it a valuation. */
    private static int lastStart(java.util.regex.Matcher valuation) {
        int last = -1;
        while (valuation.find()) {
            last = valuation.start();
        }
        return last;
    }

    static int indexOf(List<Sentence> sentences, int start) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    private static ExtractedDeal withAmount(ExtractedDeal d, Amount amount) {
        return new ExtractedDeal(
                d.type(),
                d.status(),
                d.parties(),
                Optional.of(amount),
                d.stakePercent(),
                d.valuation(),
                d.evidence(),
                d.confidence());
    }
}
