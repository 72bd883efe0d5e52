package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes deals from trigger words and the names around them, for wording no rule was written for: a trigger of a
 * type (see {@link TriggerSet}) takes the names that stand where its form puts the parties. It proposes freely; the
 * {@link CandidateScorer} decides what is kept.
 *
 * <p>The cascade: one pass of all triggers over the sentence; names are looked for only in a sentence with a
 * trigger, and most sentences have none.
 */
final class TriggerReader {
    /** How far before a trigger its subject may stand, in characters. */
    private static final int LEFT_REACH = 120;
    /** How far after an object the next of a list may be joined ("…, then Y"); past it, a list is a new sentence. */
    private static final int LIST_REACH = 90;
    /** Between a list's {@code then} word and its next object: a preposition or a description, in lower case. */
    private static final Pattern LISTED_GAP = Pattern.compile("\\s*(?:[\\p{Ll}][\\p{L}'’-]*\\s+|\\p{Ll}['’]){0,3}");
    /** How far after a trigger its object may start. */
    private static final int RIGHT_REACH = 60;
    /** How far before a verb its "and" may stand, a time or an adverb between them ("und schluckte 2020"). */
    private static final int SHARED_REACH = 30;
    /** An "and" word, then up to two words that are no name, right before a verb. */
    private static final Pattern SHARED_SUBJECT =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Ll}{1,4})\\s+(?:(?:\\p{Ll}[\\p{L}-]*|\\d{4}),?\\s+){0,2}$");
    /** How far before a trigger its subject pronoun may stand ("il a finalement mis la main sur"). */
    private static final int PRONOUN_REACH = 40;
    /** Between a subject pronoun and its trigger: up to three lower-case words (auxiliaries, adverbs). */
    private static final Pattern AUXILIARY_GAP = Pattern.compile("(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){0,3}\\s*");
    /** One to three lower-case words between two names. */
    private static final Pattern LOWER_WORDS = Pattern.compile("(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,3}\\s+");
    /** Between an inverted verb, its subject and its object: an article and at most three describing words. */
    private static final Pattern INVERTED_GAP = Pattern.compile(
            "\\s+(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|de|het|een)\\s+)?"
                    + "(?:(?!(?:von|vom|an|am|für|mit|bei|beim|in|im|aus|zu|zum|zur|über|nach|durch|und|oder|van|aan|"
                    + "voor|met|bij|uit|naar|door|op|en|of)\\s)[\\p{L}-]+\\s+){0,3}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before a name its {@code by} word may stand ("von dem chinesischen Hausgerätekonzern Midea"). */
    private static final int AGENT_REACH = 45;
    /** How far after the target a "by" or "to" word may start. */
    private static final int ROLE_REACH = 50;

    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*,\\s*(?:(?:a|an|the|which|who|whose|un|une|le|la|l['’]|les|qui|der|die|das|ein|eine|einer|el|los|il|"
                    + "lo|uno|una|o|um|uma|os|as|een|het|de|который|которая|которое|которые)\\b"
                    // or a description without an article ("Capitales del Plata, sociedad de inversión con sede en
                    // Montevideo, ha comprado"), but not a conjunction that opens a second clause
                    + "|(?!(?:and|or|but|while|et|ou|mais|tandis|und|oder|aber|während|y|o|pero|mientras|e|ma|mentre|"
                    + "mas|enquanto|en|maar|terwijl|и|а|но)\\b)(?-i:\\p{Ll}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A relative pronoun whose clause has its own subject: ", which X bought", ", que X a racheté", ", die X kaufte". */
    private static final Pattern RELATIVE = Pattern.compile(
            "\\s*,?\\s*(?:which|that|whom|que|qu['’]|die|den|das|welche|welchen|che|cui|die|dat|которую|который|которое)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern BETWEEN = Pattern.compile("(?iu)(?:between|entre|zwischen|tra|fra|tussen|между)\\s*$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:!?]|\\s[–—]\\s");

    private final TriggerSet triggers;
    private final NameCleaner cleaner;
    private final NamePeeler peeler;
    private final Pattern coordination;

    /** The words one of which a sentence must hold for a trigger or a review word to match in it. */
    private final LiteralFilter firstPass;

    TriggerReader(TriggerSet triggers, NameCleaner cleaner, Pattern and, NamePeeler peeler) {
        this.triggers = triggers;
        List<Pattern> all = new ArrayList<>(triggers.each());
        all.add(triggers.review());
        this.firstPass = new LiteralFilter(all);
        this.cleaner = cleaner;
        this.peeler = peeler;
        // "X and Y", also with a description before the second name: "Valmorel et le groupe Sentinelle".
        this.coordination =
                Pattern.compile("^\\s*(?:,\\s*)?(?:" + and.pattern() + ")\\s*(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}$");
    }

    /** A proposal: a deal type, its parties and where its trigger stands. */
    record Proposal(DealType type, TriggerSet.Form form, List<PartyMention> parties, int from, int to, Gaps gaps) {}

    /** How far the parties stood from the trigger, in characters; -1 for a party not found. */
    record Gaps(int left, int right, int names) {}

    /**
     * The regulators the organisation registry knows among the names of {@code sentence}, when the sentence has a
     * review word: each reviews a deal the article reports (the linker finds which).
     */
    List<NameSpan> reviewers(String sentence, java.util.BitSet present) {
        if (!firstPass.mayMatch(present, triggers.each().size())
                || !triggers.review().matcher(sentence).find()) {
            return List.of();
        }
        List<NameSpan> out = new ArrayList<>();
        // The regulators the language's list names ("the Federal Trade Commission", "das Bundeskartellamt") ...
        Matcher r = triggers.regulator().matcher(sentence);
        while (r.find()) {
            if (r.end() > r.start()) {
                String name = r.group().strip();
                int at = r.start() + r.group().indexOf(name);
                // As written ("the CMA"): the organisation registry tells the merger that it is the Competition and
                // Markets Authority named before.
                out.add(new NameSpan(name, at, at + name.length()));
            }
        }
        // ... and those only the organisation registry knows.
        names(sentence).stream()
                .filter(n -> REGISTRY.resolve(n.name())
                        .filter(o -> o.kind().equals("regulator"))
                        .isPresent())
                .forEach(out::add);
        return out;
    }

    /**
     * The names of {@code sentence} when it has an investors word ("Beteiligt haben sich X, Y sowie Z", "with
     * participation from X"): a round's investors, named apart from the round (InvestorLinker joins them to it).
     * Regulators are left out.
     */
    List<NameSpan> investors(String sentence) {
        if (!triggers.investors().matcher(sentence).find()) {
            return List.of();
        }
        return names(sentence).stream().filter(n -> !isRegulator(n.name())).toList();
    }

    /** Whether the registry knows {@code name} as a regulator: never a buyer or target of the deals triggers propose. */
    static boolean isRegulator(String name) {
        return REGISTRY.resolve(name).filter(o -> o.kind().equals("regulator")).isPresent();
    }

    private static boolean isExchange(String name) {
        return REGISTRY.resolve(name).filter(o -> o.kind().equals("exchange")).isPresent();
    }

    private static final io.dealwire.enrich.registry.OrganisationRegistry REGISTRY =
            io.dealwire.enrich.registry.OrganisationRegistry.shipped();

    /** Whether {@code sentence} has a trigger or a review word: the cheap first pass of the cascade. */
    boolean mayPropose(java.util.BitSet present) {
        for (int i = 0; i <= triggers.each().size(); i++) {
            if (firstPass.mayMatch(present, i)) {
                return true;
            }
        }
        return false;
    }

    /** The first pass over {@code sentence}: which triggers' required words it holds. */
    java.util.BitSet scan(String sentence) {
        return firstPass.scan(sentence);
    }

    /** Every proposal the triggers of {@code sentence} make. */
    List<Proposal> read(String sentence, java.util.BitSet present) {
        List<int[]> matches = matches(sentence, present);
        List<Proposal> proposals = new ArrayList<>();
        if (matches.isEmpty()) {
            return proposals;
        }
        List<NameSpan> names = names(sentence);
        if (names.isEmpty()) {
            return proposals;
        }
        PartyMention lastBuyer = null;
        for (int i = 0; i < matches.size(); i++) {
            int[] m = matches.get(i);
            java.util.Optional<Proposal> p = propose(triggers.triggers().get(m[2]), sentence, names, m[0], m[1]);
            if (p.isPresent()
                    && lastBuyer != null
                    && p.get().form() == TriggerSet.Form.ACT
                    && sharesSubject(sentence, m[0])) {
                p = java.util.Optional.of(withBuyer(p.get(), lastBuyer));
            }
            if (p.isPresent()
                    && (p.get().form() == TriggerSet.Form.ACT || p.get().form() == TriggerSet.Form.HIRE)) {
                lastBuyer = p.get().parties().stream()
                        .filter(q -> q.role() == PartyRole.BUYER)
                        .findFirst()
                        .orElse(lastBuyer);
            }
            if (p.isPresent()) {
                proposals.add(p.get());
                int limit = i + 1 < matches.size() ? matches.get(i + 1)[0] : sentence.length();
                proposals.addAll(listed(p.get(), sentence, names, limit));
            }
        }
        return proposals;
    }

    /**
     * Whether the verb at {@code ts} is joined by "and" to an earlier verb, sharing its subject: "übernahm 2015 TRW
     * Automotive für 13,5 Mrd. Dollar und schluckte 2020 Wabco", "bought X in 2019 and acquired Y in 2021".
     */
    private boolean sharesSubject(String sentence, int ts) {
        String before = sentence.substring(Math.max(0, ts - SHARED_REACH), ts);
        Matcher joined = SHARED_SUBJECT.matcher(before);
        return joined.find() && triggers.with().matcher(joined.group(1)).matches();
    }

    private static Proposal withBuyer(Proposal p, PartyMention buyer) {
        List<PartyMention> parties = new ArrayList<>();
        parties.add(PartyMention.of(buyer.name(), PartyRole.BUYER));
        p.parties().stream()
                .filter(q -> q.role() != PartyRole.BUYER && !q.normalizedName().equals(buyer.normalizedName()))
                .forEach(parties::add);
        return new Proposal(p.type(), p.form(), parties, p.from(), p.to(), p.gaps());
    }

    /**
     * The further objects a buyer's deal lists after its first, each joined by a {@code then} word ("a repris Portugal
     * Telecom pour 7,4 milliards d'euros, puis l'américain Suddenlink pour 9,1 milliards"), up to {@code limit} (the
     * next trigger) and within the clause: one proposal each, with the first's buyer.
     */
    private List<Proposal> listed(Proposal first, String sentence, List<NameSpan> names, int limit) {
        List<Proposal> more = new ArrayList<>();
        if ((first.form() != TriggerSet.Form.ACT && first.form() != TriggerSet.Form.NOM)
                || (first.type() != DealType.ACQUISITION && first.type() != DealType.INVESTMENT)) {
            return more;
        }
        PartyMention target = first.parties().stream()
                .filter(p -> p.role() == PartyRole.TARGET)
                .findFirst()
                .orElse(null);
        if (target == null || first.parties().stream().noneMatch(p -> p.role() == PartyRole.BUYER)) {
            return more;
        }
        NameSpan object = names.stream()
                .filter(n -> n.start() >= first.to() && n.name().equals(target.name()))
                .findFirst()
                .orElse(null);
        while (object != null && object.end() < limit) {
            int end = Math.min(limit, Math.min(sentence.length(), object.end() + LIST_REACH));
            Matcher then = triggers.then().matcher(sentence).region(object.end(), end);
            if (!then.find()
                    || CLAUSE_BREAK
                            .matcher(sentence.substring(object.end(), then.start()))
                            .find()) {
                break;
            }
            NameSpan next = null;
            for (NameSpan n : names) {
                if (n.start() >= then.end()) {
                    String gap = sentence.substring(then.end(), n.start());
                    next = n.start() < limit && LISTED_GAP.matcher(gap).matches() ? n : null;
                    break;
                }
            }
            if (next == null || next.name().equals(target.name())) {
                break;
            }
            List<PartyMention> parties = new ArrayList<>();
            for (PartyMention p : first.parties()) {
                parties.add(p.role() == PartyRole.TARGET ? PartyMention.of(next.name(), PartyRole.TARGET) : p);
            }
            more.add(new Proposal(
                    first.type(),
                    first.form(),
                    parties,
                    first.from(),
                    first.to(),
                    new Gaps(
                            first.gaps().left(),
                            next.start() - first.to(),
                            first.gaps().names())));
            object = next;
        }
        return more;
    }

    /**
     * The triggers of {@code sentence} as {start, end, trigger}: only the triggers whose required words the first
     * pass found are run; then, as one alternation would, the leftmost match wins, a passive form over an active one
     * at the same word, and matches do not overlap.
     */
    private List<int[]> matches(String sentence, java.util.BitSet present) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < triggers.each().size(); i++) {
            if (!firstPass.mayMatch(present, i)) {
                continue;
            }
            Matcher m = triggers.each().get(i).matcher(sentence);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new int[] {m.start(), m.end(), i});
                }
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
        List<int[]> kept = new ArrayList<>(found.size());
        int end = -1;
        for (int[] m : found) {
            if (m[0] >= end) {
                kept.add(m);
                end = m[1];
            }
        }
        return kept;
    }

    /** The names of the sentence, cleaned, in order; the last sentence's are remembered on each thread. */
    List<NameSpan> names(String sentence) {
        Object[] last = lastNames.get();
        if (sentence.equals(last[0])) {
            @SuppressWarnings("unchecked")
            List<NameSpan> names = (List<NameSpan>) last[1];
            return names;
        }
        List<NameSpan> names = findNames(sentence);
        last[0] = sentence;
        last[1] = names;
        return names;
    }

    private final ThreadLocal<Object[]> lastNames = ThreadLocal.withInitial(() -> new Object[2]);

    private List<NameSpan> findNames(String sentence) {
        List<NameSpan> spans = new ArrayList<>();
        List<int[]> regulators = new ArrayList<>();
        Matcher r = triggers.regulator().matcher(sentence);
        while (r.find()) {
            regulators.add(new int[] {r.start(), r.end()});
        }
        Matcher m = triggers.name().matcher(sentence);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (e == s || regulators.stream().anyMatch(g -> g[0] < e && s < g[1])) {
                continue;
            }
            String captured = m.group();
            int from = 0;
            for (String name : cleaner.names(captured, true)) {
                int at = captured.indexOf(name, from);
                if (at < 0) {
                    continue;
                }
                spans.add(new NameSpan(name, m.start() + at, m.start() + at + name.length()));
                from = at + name.length();
            }
        }
        return spans.isEmpty() ? spans : peeler.peel(sentence, spans);
    }

    private java.util.Optional<Proposal> propose(
            TriggerSet.Trigger trigger, String sentence, List<NameSpan> names, int ts, int te) {
        NameSpan left = left(sentence, names, ts);
        NameSpan right = right(sentence, names, te);
        List<PartyMention> parties = new ArrayList<>();
        NameSpan subject = null;
        NameSpan object = null;
        switch (trigger.form()) {
            case ACT, HIRE -> {
                NameSpan antecedent = left == null ? null : antecedent(sentence, names, left);
                // A licence-and-hire names its start-up after "team of", or else inside the trigger.
                NameSpan inside = trigger.form() == TriggerSet.Form.HIRE && (right == null || right.start() - te > 12)
                        ? inside(names, ts, te)
                        : null;
                NameSpan pronoun = left == null && right != null ? pronounSubject(sentence, names, ts) : null;
                if (inside != null) {
                    // "licensed Inflection's models and hired its staff": the start-up is named inside the trigger.
                    subject = left;
                    object = inside;
                } else if (antecedent != null) {
                    // "Garland Chemical Co, which Whitfield acquired in March": the object is what "which" stands for.
                    subject = left;
                    object = antecedent;
                } else if (pronoun != null) {
                    // "Kering a choisi une voie plus progressive : il est entré au capital de Valentino".
                    subject = pronoun;
                    object = right;
                } else if (left == null && right != null && inverts(sentence, te, right)) {
                    // "2021 übernahm SAP das Start-up Signavio": something else opens the clause, the subject follows
                    // the verb and the object follows the subject ("Den Rest erwarb Unicredit" names no object).
                    subject = right;
                    object = objectAfter(sentence, names, right);
                } else if (left != null && endsClause(sentence, te)) {
                    // "…, als Midea den Roboterbauer Kuka übernahm": both parties stand before a clause-final verb.
                    NameSpan first = left(sentence, names, left.start());
                    if (first == null) {
                        subject = left;
                    } else if (agent(sentence.substring(first.end(), left.start()))) {
                        // "…, dass Kuka 2016 von Midea übernommen wurde": the second is the buyer.
                        subject = left;
                        object = first;
                    } else {
                        subject = first;
                        object = left;
                    }
                } else {
                    subject = left;
                    object = right;
                }
                add(parties, subject, PartyRole.BUYER);
                add(parties, object, PartyRole.TARGET);
            }
            case PAS -> {
                subject = left;
                object = right;
                add(parties, left, PartyRole.TARGET);
                add(parties, right, PartyRole.BUYER);
            }
            case NOM -> {
                object = right;
                add(parties, right, PartyRole.TARGET);
                if (trigger.type() == DealType.DIVESTITURE) {
                    // "the sale of Y to Z": the name before is the seller, the buyer follows a "to" word.
                    subject = left;
                    add(parties, left, PartyRole.SELLER);
                    add(
                            parties,
                            right == null ? null : after(sentence, names, right.end(), triggers.to()),
                            PartyRole.BUYER);
                } else if (trigger.type() == DealType.INVESTMENT && left != null && sells(sentence, left.end(), ts)) {
                    // "X sold its 19 pct stake in Y to Z": X is the seller; the stake is Z's, when Z is named.
                    NameSpan to = right == null ? null : after(sentence, names, right.end(), triggers.to());
                    subject = to;
                    add(parties, to, PartyRole.BUYER);
                    if (to == null) {
                        parties.clear();
                    }
                } else {
                    NameSpan by = right == null ? null : after(sentence, names, right.end(), triggers.by());
                    subject = by != null ? by : left;
                    add(parties, subject, PartyRole.BUYER);
                }
            }
            case SUBJ -> {
                subject = left;
                if (trigger.type() == DealType.IPO && left != null && isExchange(left.name())) {
                    // "X is dinsdag op Euronext Amsterdam begonnen aan een beursnotering": the market is no subject.
                    subject = left(sentence, names, left.start());
                }
                add(parties, subject, PartyRole.TARGET);
                // "raised $45 million in a series B round led by X": the investors come a clause later.
                NameSpan by = after(sentence, names, te, triggers.funders(), 2 * ROLE_REACH);
                if (by != null && trigger.type() == DealType.FUNDING_ROUND) {
                    object = by;
                    add(parties, by, PartyRole.BUYER);
                }
            }
            case OBJ -> {
                object = right;
                add(parties, right, PartyRole.TARGET);
            }
            case SELL -> {
                subject = left;
                add(parties, left, PartyRole.SELLER);
                String unit = right == null ? null : unitBefore(sentence, te, right);
                if (unit != null) {
                    // "cède sa division emballage à Cerea Partners": the unit has no name; the name is the buyer's.
                    object = right;
                    parties.add(PartyMention.of(unit, PartyRole.TARGET));
                    add(parties, right, PartyRole.BUYER);
                } else {
                    object = right;
                    add(parties, right, PartyRole.TARGET);
                    NameSpan to = right == null ? null : after(sentence, names, right.end(), triggers.to());
                    add(parties, to, PartyRole.BUYER);
                }
            }
            case PAIR -> {
                NameSpan before = left == null ? null : coordinated(sentence, names, left);
                NameSpan next = right == null ? null : following(sentence, names, right);
                if (next != null && BETWEEN.matcher(sentence.substring(ts, te)).find()) {
                    // "an alliance between X and Y"
                    subject = right;
                    object = next;
                } else if (before != null) {
                    subject = before;
                    object = left;
                } else {
                    subject = left;
                    object = right;
                }
                add(parties, subject, PartyRole.PARTNER);
                add(parties, object, PartyRole.PARTNER);
            }
        }
        parties.removeIf(p -> p == null);
        if (!complete(trigger, parties)) {
            return java.util.Optional.empty();
        }
        Gaps gaps = new Gaps(
                subject == null ? -1 : Math.max(0, ts - subject.end()),
                object == null ? -1 : Math.max(0, object.start() - te),
                names.size());
        return java.util.Optional.of(new Proposal(trigger.type(), trigger.form(), parties, ts, te, gaps));
    }

    private static void add(List<PartyMention> parties, NameSpan span, PartyRole role) {
        if (span != null && parties.stream().noneMatch(p -> p.name().equals(span.name()))) {
            parties.add(PartyMention.of(span.name(), role));
        }
    }

    /** Enough parties for the type: a subject (target or two partners); a buyer is welcome, never required. */
    private static boolean complete(TriggerSet.Trigger trigger, List<PartyMention> parties) {
        long partners =
                parties.stream().filter(p -> p.role() == PartyRole.PARTNER).count();
        boolean target = parties.stream().anyMatch(p -> p.role() == PartyRole.TARGET);
        return switch (trigger.type()) {
            case MERGER, PARTNERSHIP -> partners >= 2;
            case REGULATORY -> false;
            default -> target;
        };
    }

    /**
     * The subject before the trigger: the nearest name in the same clause, or the name an apposition after it
     * describes ("Pillar Health, a Nashville-based operator of clinics for older Americans, has filed").
     */
    private NameSpan left(String sentence, List<NameSpan> names, int ts) {
        NameSpan nearest = null;
        int index = -1;
        for (int i = 0; i < names.size(); i++) {
            NameSpan n = names.get(i);
            if (n.end() <= ts
                    && ts - n.end() <= LEFT_REACH
                    && !CLAUSE_BREAK.matcher(sentence.substring(n.end(), ts)).find()) {
                nearest = n;
                index = i;
            }
        }
        if (nearest == null) {
            return null;
        }
        for (int i = 0; i < index; i++) {
            NameSpan n = names.get(i);
            String between = sentence.substring(n.end(), ts);
            if (APPOSITION.matcher(between).find()
                    && between.indexOf(',', between.indexOf(',') + 1) > 0
                    && !CLAUSE_BREAK.matcher(between).find()) {
                return n;
            }
        }
        return nearest;
    }

    /** Whether {@code between} ends with a {@code by} word and what describes the name after it ("von dem Konzern"). */
    private boolean agent(String between) {
        Matcher by = triggers.by().matcher(between);
        boolean last = false;
        while (by.find()) {
            last = between.length() - by.end() <= AGENT_REACH;
        }
        return last;
    }

    /**
     * In a language that puts its verbs last in subordinate clauses (it has {@code final} words: German, Dutch), a main
     * clause opened by anything but its subject puts the subject right after the verb, only an article and
     * descriptions between them; the object then follows the subject the same way ({@link #objectAfter}).
     */
    private boolean inverts(String sentence, int te, NameSpan subject) {
        return !triggers.clauseEnd().pattern().equals("(?!)")
                && INVERTED_GAP.matcher(sentence.substring(te, subject.start())).matches();
    }

    private static NameSpan objectAfter(String sentence, List<NameSpan> names, NameSpan subject) {
        for (NameSpan n : names) {
            if (n.start() >= subject.end()) {
                return INVERTED_GAP
                                .matcher(sentence.substring(subject.end(), n.start()))
                                .matches()
                        ? n
                        : null;
            }
        }
        return null;
    }

    /**
     * The name a subject pronoun right before the trigger stands for: the last name the sentence gives before the
     * pronoun, within reach; null when no pronoun stands there or no name comes before it.
     */
    private NameSpan pronounSubject(String sentence, List<NameSpan> names, int ts) {
        int from = Math.max(0, ts - PRONOUN_REACH);
        Matcher pronoun = triggers.pronoun().matcher(sentence).region(from, ts);
        int at = -1;
        while (pronoun.find()) {
            if (sentence.substring(pronoun.end(), ts).isBlank()
                    || AUXILIARY_GAP
                            .matcher(sentence.substring(pronoun.end(), ts))
                            .matches()) {
                at = pronoun.start();
            }
        }
        if (at < 0) {
            return null;
        }
        NameSpan before = null;
        for (NameSpan n : names) {
            if (n.end() <= at && at - n.end() <= LEFT_REACH) {
                before = n;
            }
        }
        return before;
    }

    /** Whether a selling trigger of the language stands in [{@code from}, {@code to}) of {@code sentence}. */
    private boolean sells(String sentence, int from, int to) {
        for (int i = 0; i < triggers.triggers().size(); i++) {
            TriggerSet.Trigger t = triggers.triggers().get(i);
            if (t.type() == DealType.DIVESTITURE
                    && t.form() == TriggerSet.Form.SELL
                    && triggers.each().get(i).matcher(sentence).region(from, to).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb ending at {@code te} ends its clause (the language's {@code final} words follow it). */
    private boolean endsClause(String sentence, int te) {
        return triggers.clauseEnd()
                .matcher(sentence)
                .region(te, sentence.length())
                .lookingAt();
    }

    private NameSpan right(String sentence, List<NameSpan> names, int te) {
        for (int i = 0; i < names.size(); i++) {
            NameSpan n = names.get(i);
            if (n.start() >= te) {
                String gap = sentence.substring(te, n.start());
                if (n.start() - te > RIGHT_REACH || CLAUSE_BREAK.matcher(gap).find()) {
                    return null;
                }
                // "the Czech ammunition maker Zbrojovka Morava", "Teesside rival Brough Partners": a name that only
                // qualifies the nouns after it describes the name they lead to.
                NameSpan next = i + 1 < names.size() ? names.get(i + 1) : null;
                if (next != null
                        && LOWER_WORDS
                                .matcher(sentence.substring(n.end(), next.start()))
                                .matches()
                        && peeler.onlyDescribes(sentence, n.end(), next.start())) {
                    return next;
                }
                return n;
            }
        }
        return null;
    }

    /** The first name after a word of {@code role} that stands within reach after {@code from}. */
    private static NameSpan after(String sentence, List<NameSpan> names, int from, Pattern role) {
        return after(sentence, names, from, role, ROLE_REACH);
    }

    private static NameSpan after(String sentence, List<NameSpan> names, int from, Pattern role, int reach) {
        Matcher word = role.matcher(sentence).region(from, Math.min(sentence.length(), from + reach));
        if (!word.find()) {
            return null;
        }
        for (NameSpan n : names) {
            if (n.start() >= word.end()) {
                return n.start() - word.end() <= 45 ? n : null;
            }
        }
        return null;
    }

    /** The name a relative pronoun right before {@code subject} stands for ("Y, which X bought"), or null. */
    private static NameSpan antecedent(String sentence, List<NameSpan> names, NameSpan subject) {
        NameSpan previous = null;
        for (NameSpan n : names) {
            if (n.end() <= subject.start()) {
                previous = n;
            }
        }
        if (previous == null) {
            return null;
        }
        String between = sentence.substring(previous.end(), subject.start());
        return RELATIVE.matcher(between).matches() ? previous : null;
    }

    /**
     * The unnamed unit a seller sells when the first name after the trigger follows a "to" word: the words between
     * the trigger and that word, without the possessive ("sa division emballage", "la propria divisione imballaggi");
     * null when the words hold a name or a figure, or are too many to be a unit.
     */
    private String unitBefore(String sentence, int te, NameSpan right) {
        Matcher to = triggers.to().matcher(sentence).region(te, right.start());
        int at = -1;
        while (to.find()) {
            at = to.start();
        }
        if (at < 0 || !sentence.substring(at, right.start()).matches("(?s)\\S+\\s+(?:\\p{Ll}+\\s+){0,3}")) {
            return null;
        }
        String unit = POSSESSIVE_DETERMINER
                .matcher(sentence.substring(te, at).strip())
                .replaceFirst("")
                .strip();
        if (unit.isEmpty()
                || unit.length() > 50
                || unit.chars().anyMatch(Character::isDigit)
                || unit.split("\\s+").length > 5) {
            return null;
        }
        return unit;
    }

    /** Determiners and possessives before an unnamed unit, longest first, one or two of them ("la propria"). */
    private static final Pattern POSSESSIVE_DETERMINER = Pattern.compile(
            "(?iu)^(?:(?:la propria|il proprio|la sua|il suo|a sua|o seu|its|his|her|their|the|an|a|sa|son|ses|la|le|"
                    + "les|une|un|seine|seinen|ihre|ihren|die|den|das|eine|einen|su|sus|sua|seu|zijn|haar|het|de|een|"
                    + "свою|свой|свои)\\s+){1,2}");

    /** The first name wholly inside the trigger's words, or null. */
    private static NameSpan inside(List<NameSpan> names, int ts, int te) {
        return names.stream()
                .filter(n -> n.start() >= ts && n.end() <= te)
                .findFirst()
                .orElse(null);
    }

    /** The name joined to {@code first} by "and" just after it ("X and Y"), or null. */
    private NameSpan following(String sentence, List<NameSpan> names, NameSpan first) {
        for (NameSpan n : names) {
            if (n.start() >= first.end()) {
                String between = sentence.substring(first.end(), n.start());
                return coordination.matcher(between.toLowerCase(Locale.ROOT)).matches() ? n : null;
            }
        }
        return null;
    }

    /** The name joined to {@code second} by "and" just before it ("X and Y merge"), or null. */
    private NameSpan coordinated(String sentence, List<NameSpan> names, NameSpan second) {
        NameSpan previous = null;
        for (NameSpan n : names) {
            if (n.end() <= second.start()) {
                previous = n;
            }
        }
        if (previous == null) {
            return null;
        }
        String between = sentence.substring(previous.end(), second.start());
        return coordination.matcher(between.toLowerCase(Locale.ROOT)).matches() ? previous : null;
    }
}
