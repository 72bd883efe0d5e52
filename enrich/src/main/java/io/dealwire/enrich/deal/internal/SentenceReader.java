package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.amount.MoneyMention;
import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.Evidence;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
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

    SentenceReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cleaner = new NameCleaner(lexicon.names());
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
        // Same length as the text: offsets still hold, and rules see "10%" for "１０％".
        String folded = FullWidth.foldDigits(text);
        // Rules see a name where the text has a description of the main company; the evidence keeps the text.
        String sentence = !context.resolvesDescriptions()
                        || evidence.isTitle()
                        || !descriptionFilter.mayMatch(descriptionFilter.scan(folded), 0)
                ? folded
                : Coreference.mark(folded, lexicon.context().description());
        List<ExtractedDeal> deals = new ArrayList<>();
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
                    deals.add(deal.get());
                    taken.add(new int[] {rule.type().ordinal(), m.start(), m.end()});
                }
            }
        }
        return deals;
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
        boolean regulatory = type == DealType.REGULATORY;
        boolean hasSubject =
                parties.stream().anyMatch(p -> p.role() == PartyRole.TARGET || p.role() == PartyRole.PARTNER);
        boolean hasBuyer = parties.stream().anyMatch(p -> p.role() == PartyRole.BUYER);
        // A round's investors may come in a sentence of their own, read by a rule with no target; InvestorLinker joins
        // them to the round.
        boolean investorsOnly = type == DealType.FUNDING_ROUND && !rule.roles().containsValue(PartyRole.TARGET);
        boolean enough = regulatory || investorsOnly ? hasBuyer : hasSubject;
        if (!enough) {
            return Optional.empty();
        }
        if (type == DealType.MERGER || type == DealType.PARTNERSHIP) {
            if (parties.stream().filter(p -> p.role() == PartyRole.PARTNER).count() < 2) {
                return Optional.empty();
            }
        }
        Optional<Amount> valuation = valuation(sentence, money);
        Optional<Amount> amount = nearest(money, m.start(), m.end(), valuation);
        Optional<Double> stake = stake(sentence, m.start(), m.end());
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
        DealStatus status = rule.status() != DealStatus.UNKNOWN ? rule.status() : cued;
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
