package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ArticleInput;
import io.dealwire.enrich.deal.Evidence;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.Extraction;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.enrich.registry.OrganisationRegistry;
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
    /**
     * Characters per article that may take the trigger path (names, tags, proposals); past them the rules read on alone
     * and the result is partial. A news article's sentences with a trigger hold a few thousand characters.
     */
    static final int MAX_TRIGGERED_CHARACTERS = 20_000;

    private final Map<String, SentenceReader> readers;
    private final SentenceSplitter splitter;
    private final CandidateScorer scorer;

    private ArticleReader(Map<String, SentenceReader> readers, SentenceSplitter splitter, CandidateScorer scorer) {
        this.readers = readers;
        this.splitter = splitter;
        this.scorer = scorer;
    }

    /** A reader for the given lexicons, keyed by language code, with each language's triggers and the shipped scorer. */
    public static ArticleReader of(Map<String, Lexicon> lexicons) {
        return of(lexicons, CandidateScorer.shipped());
    }

    /** A reader for the given lexicons that keeps the candidates {@code scorer} keeps. */
    public static ArticleReader of(Map<String, Lexicon> lexicons, CandidateScorer scorer) {
        Map<String, SentenceReader> readers = new java.util.TreeMap<>();
        lexicons.forEach(
                (code, lexicon) -> readers.put(code, new SentenceReader(lexicon, LexiconLoader.triggers(code))));
        return new ArticleReader(Map.copyOf(readers), SentenceSplitter.withDefaultAbbreviations(), scorer);
    }

    /** The deals the article reports, in order of their evidence. */
    public List<ExtractedDeal> read(ArticleInput article) {
        return readWhole(article).deals();
    }

    /** The deals the article reports, and whether every part of it was read in full. */
    public Extraction readWhole(ArticleInput article) {
        List<SentenceReader> chosen = readersFor(article.language());
        Read read = candidates(article, chosen);
        List<ExtractedDeal> kept = new ArrayList<>();
        for (Candidate c : read.candidates()) {
            if (!c.scored() || scorer.keeps(c.features())) {
                kept.add(c.deal());
            }
        }
        List<ExtractedDeal> merged = DealMerger.merge(InvestorLinker.link(kept));
        List<ExtractedDeal> linked = RegulatoryLinker.link(DealConflicts.resolve(merged));
        List<ExtractedDeal> deals = chosen.size() == 1
                ? PendingStatus.apply(
                        StatusFiller.fill(
                                AmountFiller.fill(
                                        linked, read.sentences(), chosen.get(0).lexicon()),
                                read.sentences(),
                                chosen.get(0).lexicon()),
                        article.title(),
                        article.text(),
                        chosen.get(0).lexicon().context().pending())
                : linked;
        boolean complete = read.budget().complete()
                && article.text().length() <= MAX_TEXT / chosen.size()
                && read.sentences().size() <= MAX_SENTENCES;
        return new Extraction(deals, complete);
    }

    /** Every deal the rules and triggers propose for the article, with its features, before the scorer's choice. */
    public List<Candidate> candidates(ArticleInput article) {
        return candidates(article, readersFor(article.language())).candidates();
    }

    private record Read(List<Candidate> candidates, List<Sentence> sentences, TriggerBudget budget) {}

    private Read candidates(ArticleInput article, List<SentenceReader> chosen) {
        // An article of unknown language is read in every language: the same work bound is shared among them.
        int maxText = MAX_TEXT / chosen.size();
        String text = article.text().length() > maxText ? article.text().substring(0, maxText) : article.text();
        List<Sentence> sentences = splitter.split(text);
        String title =
                article.title().length() > MAX_SENTENCE ? article.title().substring(0, MAX_SENTENCE) : article.title();
        List<ArticleContext> contexts =
                chosen.stream().map(r -> r.context(title, text, sentences)).toList();
        List<Candidate> candidates = new ArrayList<>();
        TriggerBudget budget = new TriggerBudget(MAX_TRIGGERED_CHARACTERS);
        int index = 0;
        for (Sentence s : sentences.subList(0, Math.min(MAX_SENTENCES, sentences.size()))) {
            Sentence bounded = bound(s);
            if (ScriptMix.isJunk(bounded.text())) {
                continue;
            }
            Evidence evidence = new Evidence(bounded.text(), bounded.start(), bounded.end());
            for (int i = 0; i < chosen.size(); i++) {
                candidates.addAll(chosen.get(i).candidates(bounded.text(), evidence, contexts.get(i), index, budget));
            }
            index++;
        }
        // A headline in capitals ("BRAMLEY PLC AGREES 64 MLN STG BID FROM ASHDOWN") has no case to tell names by; the
        // body says the same in mixed case.
        for (int i = 0; i < chosen.size() && !shouted(title); i++) {
            chosen.get(i)
                    .candidates(title, Evidence.fromTitle(title), contexts.get(i), 0, budget)
                    .forEach(c -> candidates.add(
                            new Candidate(withBodyEvidence(c.deal(), sentences), c.features(), c.cue())));
        }
        return new Read(withMentions(candidates, title, text), sentences, budget);
    }

    /**
     * Adds how often each party is named in the whole article (a company an article is about is named again, in the
     * headline or later sentences; a word taken for a name by mistake seldom is) and whether the registry knows it,
     * and as what (a regulator named as a buyer is seldom one).
     */
    /** Whether a Latin or Cyrillic headline is written in capitals. */
    private static boolean shouted(String title) {
        long cased = title.codePoints()
                .filter(c -> Character.isUpperCase(c) || Character.isLowerCase(c))
                .count();
        long upper = title.codePoints().filter(Character::isUpperCase).count();
        return cased >= 12 && upper * 10 >= cased * 8;
    }

    private static final OrganisationRegistry REGISTRY = OrganisationRegistry.shipped();

    private static List<Candidate> withMentions(List<Candidate> candidates, String title, String text) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            java.util.Set<String> features = new java.util.LinkedHashSet<>(c.features());
            for (PartyMention p : c.deal().parties()) {
                int mentions = occurrences(text, p.name()) + occurrences(title, p.name());
                features.add(p.role() + ":mentions" + Math.min(mentions, 3));
                if (!title.isEmpty() && title.contains(p.name())) {
                    features.add(p.role() + ":in-title");
                }
                REGISTRY.resolve(p.name()).ifPresent(org -> {
                    features.add(p.role() + ":known");
                    features.add(p.role() + ":known-" + org.kind());
                });
            }
            out.add(new Candidate(c.deal(), features, c.cue()));
        }
        return out;
    }

    private static int occurrences(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0 && count < 3; at = text.indexOf(name, at + name.length())) {
            count++;
        }
        return count;
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
