package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ArticleInput;
import io.dealwire.enrich.deal.Evidence;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.enrich.text.ScriptMix;
import io.dealwire.enrich.text.Sentence;
import io.dealwire.enrich.text.SentenceSplitter;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a whole article: every body sentence, then the headline, with the lexicons of its language (all lexicons when
 * the language is unknown); folds repeated mentions and attaches regulators' reviews to the deal they review.
 *
 * <p>Work is bounded: at most {@link #MAX_TEXT} characters, {@link #MAX_SENTENCES} sentences of at most {@link
 * #MAX_SENTENCE} characters each.
 */
public final class ArticleReader {
    static final int MAX_TEXT = 100_000;
    static final int MAX_SENTENCES = 400;
    static final int MAX_SENTENCE = 1_500;

    private final Map<String, SentenceReader> readers;
    private final SentenceSplitter splitter;

    private ArticleReader(Map<String, SentenceReader> readers, SentenceSplitter splitter) {
        this.readers = readers;
        this.splitter = splitter;
    }

    /** A reader for the given lexicons, keyed by language code. */
    public static ArticleReader of(Map<String, Lexicon> lexicons) {
        Map<String, SentenceReader> readers = new java.util.TreeMap<>();
        lexicons.forEach((code, lexicon) -> readers.put(code, new SentenceReader(lexicon)));
        return new ArticleReader(Map.copyOf(readers), SentenceSplitter.withDefaultAbbreviations());
    }

    /** The deals the article reports, in order of their evidence. */
    public List<ExtractedDeal> read(ArticleInput article) {
        List<SentenceReader> chosen = readersFor(article.language());
        String text = article.text().length() > MAX_TEXT ? article.text().substring(0, MAX_TEXT) : article.text();
        List<Sentence> sentences = splitter.split(text);
        String title =
                article.title().length() > MAX_SENTENCE ? article.title().substring(0, MAX_SENTENCE) : article.title();
        List<ArticleContext> contexts =
                chosen.stream().map(r -> r.context(title, text, sentences)).toList();
        List<ExtractedDeal> candidates = new ArrayList<>();
        for (Sentence s : sentences.subList(0, Math.min(MAX_SENTENCES, sentences.size()))) {
            Sentence bounded = bound(s);
            if (ScriptMix.isJunk(bounded.text())) {
                continue;
            }
            Evidence evidence = new Evidence(bounded.text(), bounded.start(), bounded.end());
            for (int i = 0; i < chosen.size(); i++) {
                candidates.addAll(chosen.get(i).read(bounded.text(), evidence, contexts.get(i)));
            }
        }
        for (int i = 0; i < chosen.size(); i++) {
            chosen.get(i)
                    .read(title, Evidence.fromTitle(title), contexts.get(i))
                    .forEach(d -> candidates.add(withBodyEvidence(d, sentences)));
        }
        List<ExtractedDeal> merged = DealMerger.merge(InvestorLinker.link(candidates));
        List<ExtractedDeal> linked = RegulatoryLinker.link(DealConflicts.resolve(merged));
        return chosen.size() == 1
                ? AmountFiller.fill(linked, sentences, chosen.get(0).lexicon())
                : linked;
    }

    private List<SentenceReader> readersFor(String language) {
        SentenceReader reader = readers.get(language);
        return reader != null ? List.of(reader) : List.copyOf(readers.values());
    }

    private static Sentence bound(Sentence s) {
        if (s.text().length() <= MAX_SENTENCE) {
            return s;
        }
        return new Sentence(s.text().substring(0, MAX_SENTENCE), s.start(), s.start() + MAX_SENTENCE);
    }

    private static ExtractedDeal withBodyEvidence(ExtractedDeal deal, List<Sentence> sentences) {
        Optional<String> subject = deal.parties().stream()
                .filter(p -> p.role() == PartyRole.TARGET || p.role() == PartyRole.PARTNER)
                .map(PartyMention::name)
                .findFirst();
        if (subject.isEmpty() || deal.type() == DealType.REGULATORY) {
            return deal;
        }
        return sentences.stream()
                .filter(s -> s.text().length() <= MAX_SENTENCE && s.text().contains(subject.get()))
                .findFirst()
                .map(s -> withEvidence(deal, new Evidence(s.text(), s.start(), s.end())))
                .orElse(deal);
    }

    private static ExtractedDeal withEvidence(ExtractedDeal d, Evidence e) {
        return new ExtractedDeal(
                d.type(), d.status(), d.parties(), d.amount(), d.stakePercent(), d.valuation(), e, d.confidence());
    }
}
