package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a definite description ("the start-up", "la jeune pousse", "das Unternehmen") fill a deal's slot: the sentence
 * is read with a name-shaped mark in its place, and a party that is the mark becomes the article's most salient
 * company that is not already a party of the deal (see {@link ArticleContext}).
 */
final class Coreference {
    /** Shaped like a name so that every rule's name slot takes it; never left in a deal. */
    static final String MARK = "Qzcoref";

    private Coreference() {}

    /** An apposition: the description introduces the name that follows it ("the start-up Nebelhorn"). */
    private static final Pattern NAME_FOLLOWS = Pattern.compile("\\s+[\"«„“]?\\p{Lu}");

    static String mark(String sentence, Pattern description) {
        Matcher m = description.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        StringBuilder out = new StringBuilder(sentence.length());
        int last = 0;
        do {
            Matcher next = NAME_FOLLOWS.matcher(sentence).region(m.end(), sentence.length());
            if (!next.lookingAt()) {
                out.append(sentence, last, m.start()).append(MARK);
                last = m.end();
            }
        } while (m.find());
        return out.append(sentence, last, sentence.length()).toString();
    }

    /** The parties with each mark resolved, or dropped when no salient company is left for it. */
    static List<PartyMention> resolve(List<PartyMention> parties, ArticleContext context) {
        if (parties.stream().noneMatch(p -> p.name().equals(MARK))) {
            return parties;
        }
        List<String> named = parties.stream()
                .map(PartyMention::name)
                .filter(n -> !n.equals(MARK))
                .toList();
        List<PartyMention> resolved = new ArrayList<>();
        for (PartyMention p : parties) {
            if (!p.name().equals(MARK)) {
                resolved.add(p);
                continue;
            }
            Optional<String> main = context.mainCompanyOtherThan(named);
            main.filter(n -> resolved.stream().noneMatch(q -> q.name().equals(n)))
                    .ifPresent(n -> resolved.add(PartyMention.of(n, p.role())));
        }
        return resolved;
    }

    /** Two partners read as buyer (first named) and target (second). */
    static List<PartyMention> buyerThenTarget(List<PartyMention> parties) {
        List<PartyMention> out = new ArrayList<>();
        int partners = 0;
        for (PartyMention p : parties) {
            if (p.role() == PartyRole.PARTNER) {
                out.add(PartyMention.of(p.name(), partners++ == 0 ? PartyRole.BUYER : PartyRole.TARGET));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
