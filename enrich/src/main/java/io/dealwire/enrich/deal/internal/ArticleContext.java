package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.text.Sentence;
import io.dealwire.schemas.avro.DealType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says beyond one sentence, for the rules that need it.
 *
 * <ul>
 *   <li>Its salient companies: the organisations named in the headline and the first sentences, most frequent first
 *       (first named on a tie). A definite description in a deal slot ("the start-up", "la jeune pousse", "das
 *       Unternehmen") stands for the most salient one that is not already a party of that deal.
 *   <li>The kind of deal it is about, for a sentence that names the deal only as "the deal" ("X and Y abandon the $20
 *       billion deal"): the first acquisition or merger word of the sentence, else of the headline, else of the text.
 * </ul>
 */
record ArticleContext(List<String> salient, String title, String text) {
    /** Sentences, after the headline, that count towards salience. */
    static final int LEAD_SENTENCES = 2;

    static final ArticleContext EMPTY = new ArticleContext(List.of(), "", "");

    ArticleContext {
        salient = List.copyOf(salient);
    }

    static ArticleContext of(
            String title, String text, List<Sentence> sentences, Lexicon lexicon, NameCleaner cleaner) {
        if (lexicon.context().org() == null) {
            return new ArticleContext(List.of(), title, text);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(title, lexicon.context().org(), cleaner, counts);
        for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
            count(sentences.get(i).text(), lexicon.context().org(), cleaner, counts);
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        // A stable sort keeps first-named first among equals.
        ranked.sort((a, b) -> counts.get(b) - counts.get(a));
        return new ArticleContext(ranked, title, text);
    }

    private static void count(String text, Pattern org, NameCleaner cleaner, Map<String, Integer> counts) {
        Matcher m = org.matcher(text);
        while (m.find()) {
            for (String name : cleaner.names(m.group(), true)) {
                counts.merge(name, 1, Integer::sum);
            }
        }
    }

    /** The most salient company that is none of {@code taken}. */
    Optional<String> mainCompanyOtherThan(List<String> taken) {
        return salient.stream()
                .filter(s -> taken.stream().noneMatch(t -> DealMerger.sameParty(norm(s), norm(t))))
                .findFirst();
    }

    private static String norm(String name) {
        return io.dealwire.enrich.deal.PartyNames.normalize(name);
    }

    /** ACQUISITION or MERGER, from the sentence, the headline, then the text; empty when none of them says. */
    Optional<DealType> kindOfDeal(String sentence, ContextCues cues) {
        for (String scope : List.of(sentence, title, text)) {
            Optional<DealType> kind = firstKind(scope, cues);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private static Optional<DealType> firstKind(String scope, ContextCues cues) {
        Matcher acquisition = cues.acquisition().matcher(scope);
        Matcher merger = cues.merger().matcher(scope);
        int a = acquisition.find() ? acquisition.start() : Integer.MAX_VALUE;
        int m = merger.find() ? merger.start() : Integer.MAX_VALUE;
        if (a == m) {
            return Optional.empty();
        }
        return Optional.of(a < m ? DealType.ACQUISITION : DealType.MERGER);
    }
}
