package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.amount.MoneyMention;
import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.Evidence;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.enrich.deal.PartyNames;
import io.dealwire.enrich.nlp.PartOfSpeech;
import io.dealwire.enrich.text.FullWidth;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies one language's rules to one sentence and returns the deals its wording reports. */
final class SentenceReader {
    /** Sums below this are prices, fees or counts, not deal values. */
    private static final double MIN_DEAL_VALUE = 1_000_000;

    private static final double MAX_GAP = 60;

    private final Lexicon lexicon;
    private final NameCleaner cleaner;
    private final RuleIndex index;
    /** The vetoes, then the status cues, in lexicon order. */
    private final LiteralFilter factFilter;

    private final int vetoCount;
    /** The description of the main company, so that sentences without its words skip {@link Coreference#mark}. */
    private final LiteralFilter descriptionFilter;

    /** The trigger path, for languages with triggers; null for the others. */
    private final TriggerReader triggers;
    /** Takes descriptions off the names rules and triggers find. */
    private final NamePeeler peeler;

    SentenceReader(Lexicon lexicon) {
        this(lexicon, Optional.empty());
    }

    SentenceReader(Lexicon lexicon, Optional<TriggerSet> triggerSet) {
        this.lexicon = lexicon;
        this.cleaner = new NameCleaner(lexicon.names());
        String language = lexicon.language();
        boolean unspaced = language.equals("zh");
        // Korean and Japanese rules cut names at particles; their taggers read morphemes, and judge names whole.
        this.peeler = language.equals("ko") || language.equals("ja")
                ? NamePeeler.ofMorphemes(PartOfSpeech.forLanguage(language), language.equals("ja"))
                : new NamePeeler(
                        triggerSet.isPresent() || unspaced ? PartOfSpeech.forLanguage(language) : Optional.empty(),
                        language.equals("de"),
                        unspaced);
        this.triggers = triggerSet
                .map(t -> new TriggerReader(t, cleaner, lexicon.names().coordination(), peeler))
                .orElse(null);
        this.index = new RuleIndex(lexicon.patterns());
        List<Pattern> facts = new ArrayList<>(lexicon.vetoes());
        lexicon.statusCues().forEach(c -> facts.add(c.regex()));
        this.factFilter = new LiteralFilter(facts);
        this.vetoCount = lexicon.vetoes().size();
        this.descriptionFilter = new LiteralFilter(List.of(lexicon.context().description()));
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** What this language's rules need to know about the whole article. */
    ArticleContext context(String title, String text, List<io.dealwire.enrich.text.Sentence> sentences) {
        return ArticleContext.of(title, text, sentences, lexicon, cleaner);
    }

    List<ExtractedDeal> read(String text, Evidence evidence) {
        return read(text, evidence, ArticleContext.EMPTY);
    }

    /** The deals {@code text} reports, its descriptions and unnamed deals read in the light of {@code context}. */
    List<ExtractedDeal> read(String text, Evidence evidence, ArticleContext context) {
        return readRules(text, evidence, context).stream().map(Ruled::deal).toList();
    }

    /** A deal a rule read, and where the rule is written. */
    private record Ruled(ExtractedDeal deal, String rule) {}

    private List<Ruled> readRules(String text, Evidence evidence, ArticleContext context) {
        // Same length as the text: offsets still hold, and rules see "10%" for "１０％".
        String folded = FullWidth.foldDigits(text);
        // Rules see a name where the text has a description of the main company; the evidence keeps the text.
        String sentence = !context.resolvesDescriptions()
                        || evidence.isTitle()
                        || !descriptionFilter.mayMatch(descriptionFilter.scan(folded), 0)
                ? folded
                : Coreference.mark(folded, lexicon.context().description());
        List<Ruled> deals = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Facts facts = null;
        for (DealPattern rule : index.candidates(sentence)) {
            Matcher m = rule.regex().matcher(sentence);
            while (m.find()) {
                if (overlaps(taken, rule.type(), m.start(), m.end())) {
                    continue;
                }
                // Vetoes, money and status cues are read only once a rule matches: most sentences report no deal.
                if (facts == null) {
                    BitSet present = factFilter.scan(sentence);
                    if (vetoed(sentence, present)) {
                        return deals;
                    }
                    facts = new Facts(lexicon.amounts().find(sentence), cuedStatus(sentence, present));
                }
                Optional<ExtractedDeal> deal = build(rule, m, sentence, facts.money(), facts.cued(), evidence, context);
                if (deal.isPresent()) {
                    deals.add(new Ruled(deal.get(), rule.where()));
                    taken.add(new int[] {rule.type().ordinal(), m.start(), m.end()});
                }
            }
        }
        return deals;
    }

    /**
     * What the rules read in {@code text} and what its triggers propose besides, each with the features the scorer
     * weighs. A trigger's proposal that repeats a rule's deal (same type, a party in common) is left out.
     */
    List<Candidate> candidates(
            String text, Evidence evidence, ArticleContext context, int sentenceIndex, TriggerBudget budget) {
        String folded = FullWidth.foldDigits(text);
        List<Ruled> rules = readRules(text, evidence, context).stream()
                .map(r -> new Ruled(peeled(r.deal(), folded), r.rule()))
                .filter(r -> !r.deal().parties().isEmpty())
                .toList();
        List<ExtractedDeal> ruled = rules.stream().map(Ruled::deal).toList();
        String language = lexicon.language();
        List<Candidate> out = new ArrayList<>(ruled.size());
        for (Ruled r : rules) {
            out.add(new Candidate(
                    r.deal(), CandidateFeatures.ofRule(r.deal(), folded, language, sentenceIndex), "rule " + r.rule()));
        }
        if (triggers != null) {
            investors(folded, evidence, out, language, sentenceIndex);
        }
        java.util.BitSet present = triggers == null ? null : triggers.scan(folded);
        if (triggers == null || !triggers.mayPropose(present) || !budget.take(folded.length())) {
            return out;
        }
        List<TriggerReader.Proposal> proposals = triggers.read(folded, present);
        List<NameSpan> reviewers = triggers.reviewers(folded, present);
        if (proposals.isEmpty() && reviewers.isEmpty()) {
            return out;
        }
        BitSet facts = factFilter.scan(folded);
        if (vetoed(folded, facts)) {
            return out;
        }
        List<MoneyMention> money = lexicon.amounts().find(folded);
        DealStatus cued = cuedStatus(folded, facts);
        for (NameSpan reviewer : reviewers) {
            boolean known = out.stream()
                    .anyMatch(c -> c.deal().type() == DealType.REGULATORY
                            && c.deal().parties().stream()
                                    .anyMatch(p -> p.role() == PartyRole.BUYER
                                            && PartyNames.sameParty(
                                                    p.normalizedName(), PartyNames.normalize(reviewer.name()))));
            if (!known) {
                dress(
                                DealType.REGULATORY,
                                DealStatus.UNKNOWN,
                                new ArrayList<>(List.of(PartyMention.of(reviewer.name(), PartyRole.BUYER))),
                                false,
                                folded,
                                reviewer.start(),
                                reviewer.end(),
                                money,
                                cued,
                                evidence)
                        .ifPresent(d -> out.add(new Candidate(
                                d,
                                java.util.Set.of("src:review", "lang:" + language),
                                "regulator '" + reviewer.name() + "' with a review word")));
            }
        }
        for (TriggerReader.Proposal p : proposals) {
            if (repeats(p, out) || p.parties().stream().anyMatch(q -> TriggerReader.isRegulator(q.name()))) {
                continue;
            }
            Optional<ExtractedDeal> deal = dress(
                    p.type(),
                    DealStatus.UNKNOWN,
                    new ArrayList<>(p.parties()),
                    false,
                    folded,
                    p.from(),
                    p.to(),
                    money,
                    cued,
                    evidence);
            // Money is what makes "raises" a round: "Netflix is raising prices" is none.
            if (deal.isPresent()
                    && deal.get().type() == DealType.FUNDING_ROUND
                    && deal.get().amount().isEmpty()
                    && !lexicon.amounts().hasScaledFigure(folded)) {
                continue;
            }
            if (deal.isPresent()) {
                java.util.Set<String> features = new java.util.LinkedHashSet<>(
                        CandidateFeatures.ofTrigger(deal.get(), folded, language, sentenceIndex, p.form(), p.gaps()));
                if (!ruled.isEmpty()) {
                    features.add(sharesParty(p, ruled) ? "rule-other-type" : "rule-elsewhere");
                }
                out.add(new Candidate(
                        deal.get(),
                        features,
                        "trigger '" + folded.substring(p.from(), p.to()) + "' ("
                                + p.form().name().toLowerCase() + ")"));
            }
        }
        return out;
    }

    /**
     * A rule's deal with descriptions peeled off its party names ("Münchner Vendis Partners" → "Vendis Partners",
     * "Slovenia's Banka Krka" → "Banka Krka"). A name the peeler drops whole ("So", "Es", German "Kosten") is no party,
     * unless the organisation registry knows it. A deal of two sides left with one has no parties left, and is dropped by
     * the caller.
     */
    private static final io.dealwire.enrich.registry.OrganisationRegistry REGISTRY =
            io.dealwire.enrich.registry.OrganisationRegistry.shipped();

    private ExtractedDeal peeled(ExtractedDeal deal, String sentence) {
        if (deal.type() == DealType.REGULATORY) {
            return deal; // a regulator's name comes from the lexicon whole
        }
        List<NameSpan> spans = new ArrayList<>();
        for (PartyMention p : deal.parties()) {
            int at = sentence.indexOf(p.name());
            spans.add(at < 0 ? null : new NameSpan(p.name(), at, at + p.name().length()));
        }
        List<NameSpan> found = spans.stream().filter(java.util.Objects::nonNull).toList();
        if (found.isEmpty()) {
            return deal;
        }
        List<NameSpan> peeled = peeler.peel(sentence, found);
        List<PartyMention> parties = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < deal.parties().size(); i++) {
            PartyMention p = deal.parties().get(i);
            NameSpan span = spans.get(i);
            NameSpan after = span == null
                    ? null
                    : peeled.stream()
                            .filter(n -> n.start() < span.end() && n.end() > span.start())
                            .findFirst()
                            .orElse(null);
            if (after != null && !after.name().equals(p.name())) {
                parties.add(PartyMention.of(after.name(), p.role()));
                changed = true;
            } else if (span != null
                    && after == null
                    && REGISTRY.resolve(p.name()).isEmpty()) {
                changed = true;
            } else {
                parties.add(p);
            }
        }
        if (parties.size() < 2 && deal.parties().size() >= 2) {
            parties.clear(); // the rule read a word that is no name for one of its two sides: it misread the sentence
        }
        return !changed
                ? deal
                : new ExtractedDeal(
                        deal.type(),
                        deal.status(),
                        parties,
                        deal.amount(),
                        deal.stakePercent(),
                        deal.valuation(),
                        deal.evidence(),
                        deal.confidence());
    }

    /**
     * A round's investors named in a sentence of their own with an investors word ("Beteiligt haben sich der
     * NRW.Bank-Fonds … sowie Rheinland Venture Partners"), when no rule read investors there: an investors-only round,
     * which InvestorLinker joins to the round it belongs to, or drops. A name that is a round's company is no investor.
     */
    private void investors(String sentence, Evidence evidence, List<Candidate> out, String language, int index) {
        boolean read = out.stream()
                .anyMatch(c -> c.deal().type() == DealType.FUNDING_ROUND
                        && c.deal().parties().stream().anyMatch(p -> p.role() == PartyRole.BUYER));
        if (read) {
            return;
        }
        List<String> companies = out.stream()
                .filter(c -> c.deal().type() == DealType.FUNDING_ROUND)
                .flatMap(c -> c.deal().parties().stream())
                .map(PartyMention::name)
                .toList();
        List<PartyMention> investors = new ArrayList<>();
        for (NameSpan n : triggers.investors(sentence)) {
            if (companies.stream().noneMatch(c -> c.equals(n.name()))
                    && investors.stream().noneMatch(p -> p.name().equals(n.name()))) {
                investors.add(PartyMention.of(n.name(), PartyRole.BUYER));
            }
        }
        if (investors.isEmpty()) {
            return;
        }
        ExtractedDeal deal = new ExtractedDeal(
                DealType.FUNDING_ROUND,
                DealStatus.UNKNOWN,
                investors,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                evidence,
                0.5);
        out.add(new Candidate(deal, java.util.Set.of("src:investors", "lang:" + language), "investors word"));
    }

    /** Whether a proposal repeats a deal already proposed: the same type and every party in the same role there. */
    private static boolean repeats(TriggerReader.Proposal p, List<Candidate> proposed) {
        return proposed.stream()
                .anyMatch(c -> c.deal().type() == p.type()
                        && p.parties().stream()
                                .allMatch(x -> c.deal().parties().stream()
                                        .anyMatch(y -> y.role() == x.role()
                                                && sameOrTail(x.normalizedName(), y.normalizedName()))));
    }

    /** The same party, or one name the other's last words ("getränkesparte quellwerk" and "quellwerk"). */
    private static boolean sameOrTail(String a, String b) {
        return PartyNames.sameParty(a, b) || a.endsWith(" " + b) || b.endsWith(" " + a);
    }

    private static boolean sharesParty(TriggerReader.Proposal p, List<ExtractedDeal> deals) {
        return deals.stream().anyMatch(d -> shareName(p.parties(), d.parties()));
    }

    private static boolean shareName(List<PartyMention> a, List<PartyMention> b) {
        return a.stream()
                .anyMatch(x -> b.stream().anyMatch(y -> PartyNames.sameParty(x.normalizedName(), y.normalizedName())));
    }

    /** What a sentence says besides its deal wording. */
    private record Facts(List<MoneyMention> money, DealStatus cued) {}

    private boolean vetoed(String sentence, BitSet present) {
        List<Pattern> vetoes = lexicon.vetoes();
        for (int i = 0; i < vetoes.size(); i++) {
            if (factFilter.mayMatch(present, i)
                    && vetoes.get(i).matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    private Optional<ExtractedDeal> build(
            DealPattern rule,
            Matcher m,
            String sentence,
            List<MoneyMention> money,
            DealStatus cued,
            Evidence evidence,
            ArticleContext context) {
        List<PartyMention> parties = Coreference.resolve(parties(rule, m), context);
        DealType type = rule.type();
        if (rule.inferred()) {
            type = context.kindOfDeal(sentence, lexicon.context()).orElse(type);
            if (type == DealType.ACQUISITION) {
                parties = Coreference.buyerThenTarget(parties);
            }
        }
        // A round's investors may come in a sentence of their own, read by a rule with no target; InvestorLinker joins
        // them to the round.
        boolean investorsOnly = type == DealType.FUNDING_ROUND && !rule.roles().containsValue(PartyRole.TARGET);
        return dress(type, rule.status(), parties, investorsOnly, sentence, m.start(), m.end(), money, cued, evidence);
    }

    /**
     * A deal of {@code type} between {@code parties}, worded at [{@code from}, {@code to}) of {@code sentence}, with
     * the amount, stake, valuation and status the sentence gives it; empty when the parties are not enough for the type.
     */
    private Optional<ExtractedDeal> dress(
            DealType type,
            DealStatus worded,
            List<PartyMention> parties,
            boolean investorsOnly,
            String sentence,
            int from,
            int to,
            List<MoneyMention> money,
            DealStatus cued,
            Evidence evidence) {
        boolean regulatory = type == DealType.REGULATORY;
        if (type == DealType.IPO) {
            // The market a company lists on, or the regulator approving its prospectus, is never the company listing.
            parties = new ArrayList<>(parties);
            parties.removeIf(p -> REGISTRY.resolve(p.name())
                    .filter(o -> o.kind().equals("exchange") || o.kind().equals("regulator"))
                    .isPresent());
        }
        boolean hasSubject =
                parties.stream().anyMatch(p -> p.role() == PartyRole.TARGET || p.role() == PartyRole.PARTNER);
        boolean hasBuyer = parties.stream().anyMatch(p -> p.role() == PartyRole.BUYER);
        boolean enough = regulatory || investorsOnly ? hasBuyer : hasSubject;
        if (!enough) {
            return Optional.empty();
        }
        if (regulatory && lexicon.context().pending().matcher(sentence).find()) {
            // "The merger still needs the approval of the European Commission": no review has begun.
            return Optional.empty();
        }
        if (type == DealType.MERGER || type == DealType.PARTNERSHIP) {
            if (parties.stream().filter(p -> p.role() == PartyRole.PARTNER).count() < 2) {
                return Optional.empty();
            }
        }
        Optional<Amount> valuation = valuation(sentence, money);
        Optional<Amount> amount = nearest(money, from, to, valuation);
        Optional<Double> stake = stake(sentence, from, to);
        if (type == DealType.ACQUISITION && stake.isPresent() && stake.get() < 50) {
            type = DealType.INVESTMENT;
        }
        // Money raised in a listing is the IPO, not a private round: "raises $640 million in its Nasdaq IPO".
        if (type == DealType.FUNDING_ROUND
                && hasSubject
                && lexicon.ipoCue().matcher(sentence).find()) {
            type = DealType.IPO;
            parties.removeIf(p -> p.role() == PartyRole.BUYER);
        }
        DealStatus status = worded != DealStatus.UNKNOWN ? worded : cued;
        if (regulatory && status == DealStatus.RUMORED) {
            // A review is under way or it is not; a modal in its sentence is about the deal's effects ("the CMA opened
            // a probe, saying the deal could reduce competition").
            status = DealStatus.ANNOUNCED;
        }
        double confidence = evidence.isTitle() ? 0.6 : 0.8;
        return Optional.of(new ExtractedDeal(type, status, parties, amount, stake, valuation, evidence, confidence));
    }

    private List<PartyMention> parties(DealPattern rule, Matcher m) {
        List<PartyMention> parties = new ArrayList<>();
        for (String group : rule.groups()) {
            for (String name : cleaner.names(m.group(group), !group.contains("reg"))) {
                if (parties.stream()
                        .noneMatch(p -> p.name().equals(name)
                                && p.role() == rule.roles().get(group))) {
                    parties.add(PartyMention.of(name, rule.roles().get(group)));
                }
            }
        }
        return parties;
    }

    private DealStatus cuedStatus(String sentence, BitSet present) {
        List<Lexicon.StatusCue> cues = lexicon.statusCues();
        for (int i = 0; i < cues.size(); i++) {
            if (factFilter.mayMatch(present, vetoCount + i)
                    && cues.get(i).regex().matcher(sentence).find()) {
                return cues.get(i).status();
            }
        }
        return DealStatus.UNKNOWN;
    }

    private Optional<Amount> valuation(String sentence, List<MoneyMention> money) {
        for (MoneyMention mention : money) {
            String before = sentence.substring(Math.max(0, mention.start() - 45), mention.start());
            if (!mention.perUnit() && lexicon.valuation().matcher(before).find()) {
                return Optional.of(mention.amount());
            }
        }
        return Optional.empty();
    }

    private static Optional<Amount> nearest(List<MoneyMention> money, int from, int to, Optional<Amount> valuation) {
        return money.stream()
                .filter(x -> !x.perUnit() && x.amount().value() >= MIN_DEAL_VALUE)
                .filter(x -> valuation.map(v -> v != x.amount()).orElse(true))
                .filter(x -> distance(x.start(), x.end(), from, to) <= MAX_GAP)
                .min(Comparator.comparingInt(x -> distance(x.start(), x.end(), from, to)))
                .map(MoneyMention::amount);
    }

    private Optional<Double> stake(String sentence, int from, int to) {
        Matcher m = lexicon.stake().matcher(sentence);
        Optional<Double> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            int d = distance(m.start(), m.end(), from, to);
            if (d < bestDistance && d <= MAX_GAP) {
                bestDistance = d;
                best = Optional.of(Double.parseDouble(m.group("pct").replace(',', '.')));
            }
        }
        if (best.isEmpty()) {
            best = statedStake(sentence);
        }
        return best.filter(p -> p > 0 && p <= 100);
    }

    /** A percentage a few words after a stake word, wherever it stands: "giving it a stake of roughly 4%". */
    private Optional<Double> statedStake(String sentence) {
        Matcher m = lexicon.stake().matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
            if (lexicon.stakeWord().matcher(before).find()) {
                return Optional.of(Double.parseDouble(m.group("pct").replace(',', '.')));
            }
        }
        return Optional.empty();
    }

    private static int distance(int start, int end, int from, int to) {
        if (end <= from) {
            return from - end;
        }
        return start >= to ? start - to : 0;
    }

    private static boolean overlaps(List<int[]> taken, DealType type, int start, int end) {
        return taken.stream().anyMatch(t -> t[0] == type.ordinal() && start < t[2] && t[1] < end);
    }
}
