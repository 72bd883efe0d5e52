package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.text.Sentence;
import io.dealwire.schemas.avro.DealType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says beyond one sentence, for the rules that need it. One article, one thread: not thread-safe.
 *
 * <ul>
 *   <li>Its salient companies: the organisations named in the headline and the first sentences, most frequent first
 *       (first named on a tie). A definite description in a deal slot ("the start-up", "la jeune pousse", "das
 *       Unternehmen") stands for the most salient one that is not already a party of that deal.
 *   <li>The kind of deal it is about, for a sentence that names the deal only as "the deal" ("X and Y abandon the $20
 *       billion deal"): the first acquisition or merger word of the sentence, else of the headline, else of the text.
 * </ul>
 */
final class ArticleContext {
    /** Sentences, after the headline, that count towards salience. */
    static final int LEAD_SENTENCES = 2;

    static final ArticleContext EMPTY = new ArticleContext(false, List::of, "", "");

    private final boolean resolves;
    private final Supplier<List<String>> ranking;
    private final String title;
    private final String text;
    private List<String> salient;

    private ArticleContext(boolean resolves, Supplier<List<String>> ranking, String title, String text) {
        this.resolves = resolves;
        this.ranking = ranking;
        this.title = title;
        this.text = text;
    }

    /** Whether descriptions may stand for a company in this article's language. */
    boolean resolvesDescriptions() {
        return resolves;
    }

    /** The salient companies, most salient first; counted on first use (most articles never need them). */
    List<String> salient() {
        if (salient == null) {
            salient = List.copyOf(ranking.get());
        }
        return salient;
    }

    static ArticleContext of(
            String title, String text, List<Sentence> sentences, Lexicon lexicon, NameCleaner cleaner) {
        boolean resolves = lexicon.context().resolvesDescriptions();
        Supplier<List<String>> ranking = () -> resolves ? rank(title, sentences, lexicon, cleaner) : List.of();
        return new ArticleContext(resolves, ranking, title, text);
    }

    private static List<String> rank(String title, List<Sentence> sentences, Lexicon lexicon, NameCleaner cleaner) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(title, lexicon.context().org(), cleaner, counts);
        for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
            count(sentences.get(i).text(), lexicon.context().org(), cleaner, counts);
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        // A stable sort keeps first-named first among equals.
        ranked.sort((a, b) -> counts.get(b) - counts.get(a));
        return ranked;
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
        return salient().stream()
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
