package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.nlp.PartOfSpeech;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the words that describe a name off the front of a candidate, by evidence rather than by capital letters: a
 * possessive before the name ("Japan's Sumida Motors", "Jack Dorsey's Square"), and, where the language has a tagger,
 * words tagged as something other than a proper noun ("So", "Surtout", German common nouns such as "Kaffeeröster" in
 * "Kaffeeröster Bohnenwerk"). A one-word candidate the tagger reads as a function word is no name at all; in Korean
 * and Japanese, neither is one that is a single common noun of the dictionary ("협약", "事例").
 */
final class NamePeeler {
    /**
     * Closed-class tags, which never open a name. Open-class tags (VERB, NOUN, ADJ) are not trusted on capitalised
     * words the models have not seen ("SoftBank"), except German nouns (see {@link #nounsDescribe}).
     */
    private static final Set<String> FUNCTION =
            Set.of("ADV", "DET", "PRON", "ADP", "SCONJ", "CCONJ", "PART", "AUX", "INTJ");

    /** A German legal form closing a name. */
    private static final Pattern REGISTERED =
            Pattern.compile("\\s(?:GmbH|AG|SE|KG|KGaA|eG|mbH|OHG|UG|GmbH & Co\\.? KG|e\\.V\\.)$");

    private static final Pattern POSSESSIVE_WORD = Pattern.compile("\\S+['’]s\\s+");
    private static final Pattern LEGAL_FORM =
            Pattern.compile("(?i)(?:inc|corp|co|ltd|plc|llc|ag|se|sa|gmbh|nv|bv|group|holdings?)\\.?");

    private final Optional<PartOfSpeech> tagger;
    /** Whether a common noun before a proper noun is a description, and a lone common noun no name (German). */
    private final boolean nounsDescribe;
    /**
     * Whether the language is written without spaces. Chinese: there a candidate found by characters is fitted to the
     * tagger's words, and verbs and function words at its edges are taken off ("获得国网英大产业投资基金" read from
     * inside "获得", "基金共同推进"). Japanese, read by {@link #morphemes}: a name read from inside a word is fitted to
     * it (see {@link #toWords}).
     */
    private final boolean unspaced;
    /**
     * Whether the tagger reads morphemes rather than words (Korean, Japanese): there no description is peeled (the
     * rules cut names at particles, and the analysers split unknown names into pieces that would peel), only a particle
     * left at a name's end is taken off, and a name that is one common noun of the dictionary is no name (see
     * {@link #withoutParticle}).
     */
    private final boolean morphemes;

    NamePeeler(Optional<PartOfSpeech> tagger, boolean nounsDescribe) {
        this(tagger, nounsDescribe, false);
    }

    NamePeeler(Optional<PartOfSpeech> tagger, boolean nounsDescribe, boolean unspaced) {
        this(tagger, nounsDescribe, unspaced, false);
    }

    private NamePeeler(Optional<PartOfSpeech> tagger, boolean nounsDescribe, boolean unspaced, boolean morphemes) {
        this.tagger = tagger;
        this.nounsDescribe = nounsDescribe;
        this.unspaced = unspaced;
        this.morphemes = morphemes;
    }

    /**
     * A peeler for a language whose tagger reads morphemes: Korean, or Japanese ({@code unspaced}), where a name read
     * from inside a word is fitted to the words (see {@link #toWords}).
     */
    static NamePeeler ofMorphemes(Optional<PartOfSpeech> tagger, boolean unspaced) {
        return new NamePeeler(tagger, false, unspaced, true);
    }

    /** The names of {@code sentence} with their descriptions peeled off; some may be dropped. */
    List<NameSpan> peel(String sentence, List<NameSpan> spans) {
        List<NameSpan> possessiveFree = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            possessiveFree.add(afterPossessive(span));
        }
        if (tagger.isEmpty()) {
            return possessiveFree;
        }
        List<PartOfSpeech.Token> tokens = tags(sentence, possessiveFree);
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : possessiveFree) {
            // Words that overlap the name: "L'Autorité" is one word though the name starts after its elision.
            List<PartOfSpeech.Token> words = tokens.stream()
                    .filter(t -> t.end() > span.start() && t.start() < span.end())
                    .toList();
            if (words.isEmpty()) {
                out.add(span);
                continue;
            }
            if (morphemes) {
                Optional<NameSpan> whole = unspaced ? toWords(sentence, span, words) : Optional.of(span);
                whole.flatMap(w -> withoutParticle(sentence, w, overlapping(tokens, w)))
                        .ifPresent(out::add);
                continue;
            }
            if (unspaced) {
                fitted(sentence, span, tokens).ifPresent(out::add);
                continue;
            }
            if (words.size() == 1) {
                if (!notAName(words.get(0))) {
                    out.add(span);
                }
                continue;
            }
            // A registered name ends in its legal form, and its nouns are its own: "Kontor Cloud GmbH", "Datenzentrum
            // Ost GmbH". Descriptions in front of it ("Maschinenbauer") are taken off by the cleaner's descriptor list.
            boolean registered = REGISTERED.matcher(span.name()).find();
            int first = 0;
            while (first < words.size() - 1
                    && describes(words.get(first), words.get(first + 1))
                    && !(registered && words.get(first).tag().equals("NOUN"))) {
                first++;
            }
            if (first > 0 && first == words.size() - 1 && notAName(words.get(first))) {
                continue; // "Im Frühjahr": a preposition and a common noun
            }
            int start = Math.max(span.start(), words.get(first).start());
            out.add(new NameSpan(sentence.substring(start, span.end()), start, span.end()));
        }
        return out;
    }

    /**
     * A name of a language written without spaces (Japanese) fitted to the words it was read from: read from inside a
     * proper noun of the dictionary, it grows to the whole of it ("産業" read in "日本たばこ産業" is 日本たばこ産業); read
     * from inside another word, it starts after that word ("式交換" read in "株式交換" is nothing). Korean names are not
     * fitted: the rules find them at word boundaries, and a nori proper noun may hold more than the name the article
     * means ("한화그룹" for 한화).
     */
    private static Optional<NameSpan> toWords(String sentence, NameSpan span, List<PartOfSpeech.Token> words) {
        PartOfSpeech.Token first = words.get(0);
        PartOfSpeech.Token last = words.get(words.size() - 1);
        int start = span.start();
        if (first.start() < span.start()) {
            start = first.tag().equals("PROPN") && sure(first) ? first.start() : first.end();
        }
        int end = last.end() > span.end() && last.tag().equals("PROPN") && sure(last) ? last.end() : span.end();
        if (start >= end) {
            return Optional.empty();
        }
        if (start == span.start() && end == span.end()) {
            return Optional.of(span);
        }
        return Optional.of(new NameSpan(sentence.substring(start, end), start, end));
    }

    /** The words of {@code tokens} that overlap {@code span}. */
    private static List<PartOfSpeech.Token> overlapping(List<PartOfSpeech.Token> tokens, NameSpan span) {
        return tokens.stream()
                .filter(t -> t.end() > span.start() && t.start() < span.end())
                .toList();
    }

    /**
     * A name of a language of particles without the particle a rule's lazy name left on it ("보이스온의" →
     * "보이스온", "지분을" → "지분"); empty when what is left is one common noun of the dictionary.
     */
    private static Optional<NameSpan> withoutParticle(String sentence, NameSpan span, List<PartOfSpeech.Token> words) {
        if (words.isEmpty()) {
            return Optional.of(span);
        }
        int last = words.size() - 1;
        while (last > 0
                && words.get(last).tag().equals("ADP")
                && words.get(last).end() <= span.end()
                && words.get(last).start() > span.start()) {
            last--;
        }
        List<PartOfSpeech.Token> kept = words.subList(0, last + 1);
        if (commonNoun(sentence, kept)) {
            return Optional.empty();
        }
        int end = Math.min(span.end(), kept.get(last).end());
        if (last == words.size() - 1 || end <= span.start()) {
            return Optional.of(span);
        }
        return Optional.of(new NameSpan(sentence.substring(span.start(), end), span.start(), end));
    }

    /**
     * Whether the words of a name read as one common noun of the dictionary: "권리" (rights), "협약" (agreement),
     * "공장" (factory), "事例", "産業". A name the dictionary splits into several nouns is kept, as the analysers read most
     * company names they do not know that way ("대성콜드체인": 대성 + 콜드 + 체인, "シンクゲート": シンク + ゲート); so is
     * one with a proper noun, Latin letters or a word missing from the dictionary.
     */
    private static boolean commonNoun(String sentence, List<PartOfSpeech.Token> words) {
        if (words.size() != 1) {
            return false;
        }
        PartOfSpeech.Token word = words.get(0);
        return sure(word)
                && word.tag().equals("NOUN")
                && sentence.substring(word.start(), word.end()).codePoints().noneMatch(NamePeeler::katakana);
    }

    /**
     * Katakana: a Japanese company named by one loanword of the dictionary ("アーム", "スピードウェイ") is common,
     * while the nouns in kanji the rules take for names are words ("事例", "産業", "同業").
     */
    private static boolean katakana(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA;
    }

    /** Tags that never close a name written without spaces. */
    private static final Set<String> EDGE =
            Set.of("VERB", "ADV", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "PUNCT", "AUX", "INTJ");
    /** Tags that open no name; a verb or a number may ("联想", "光年之外"), the tagger not knowing the company. */
    private static final Set<String> OPENING_EDGE = Set.of("ADV", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "PUNCT");

    /**
     * A name of an unspaced language fitted to the words around it: a start inside a word moves past that word, an end
     * inside a proper noun moves to its end (inside any other word, to its start), and verbs and function words are
     * taken off both edges. Empty when nothing of the name is left; a name the registry knows is kept as found.
     */
    private static Optional<NameSpan> fitted(String sentence, NameSpan span, List<PartOfSpeech.Token> tokens) {
        if (REGISTRY.resolve(span.name()).isPresent()) {
            return Optional.of(span);
        }
        List<PartOfSpeech.Token> words = new ArrayList<>();
        for (PartOfSpeech.Token t : tokens) {
            if (t.end() <= span.start() || t.start() >= span.end()) {
                continue;
            }
            if (t.start() < span.start()) {
                continue; // the name was read from inside this word
            }
            if (t.end() > span.end() && !t.tag().equals("PROPN")) {
                continue; // the name stops inside a word that is not a name
            }
            words.add(t);
        }
        int first = 0;
        int last = words.size() - 1;
        while (first < last && OPENING_EDGE.contains(words.get(first).tag())) {
            first++;
        }
        // A verb alone at the end may be the name's own ("极光出行", "字节跳动"); after an adverb or another verb it is not.
        int end = last;
        while (end > first && EDGE.contains(words.get(end).tag())) {
            end--;
        }
        boolean oneVerb = end == last - 1 && words.get(last).tag().equals("VERB");
        last = oneVerb ? last : end;
        if (first > last || (first == last && EDGE.contains(words.get(first).tag()))) {
            return Optional.empty();
        }
        if (commonWords(words.subList(first, last + 1), sentence)) {
            return Optional.empty(); // "现金" (cash), "财团" (a consortium), "电商业务" (the e-commerce business)
        }
        int from = words.get(first).start();
        int to = words.get(last).end();
        if (from == span.start() && to == span.end()) {
            return Optional.of(span);
        }
        return Optional.of(new NameSpan(sentence.substring(from, to), from, to));
    }

    private static final io.dealwire.enrich.registry.OrganisationRegistry REGISTRY =
            io.dealwire.enrich.registry.OrganisationRegistry.shipped();

    /** The ends of an organisation's name written without spaces: a common noun before one is the name's own. */
    private static final Pattern ORGANISATION_END =
            Pattern.compile("(?:公司|集团|银行|基金|控股|股份|科技|资本|证券|保险|医院|汽车|电子|能源|实业|投资|合伙企业|研究院|会社|銀行"
                    + "|通信|软件|网络|电气|电器|医药|药业|生物|化工|材料|新材|智能|物流|传媒|文化|地产|置业|食品|酒业|光学|半导体|航空|机械"
                    + "|重工|钢铁|矿业|环保|信息|数据|农业|健康|医疗|动力|制造|技术|游戏|娱乐)$");

    /**
     * Whether the words of a name are all the dictionary's common nouns of two characters or more: a name the
     * dictionary does not know comes out as a proper noun, as single characters, or ends like an organisation.
     */
    private static boolean commonWords(List<PartOfSpeech.Token> words, String sentence) {
        if (words.isEmpty()) {
            return false;
        }
        String name = sentence.substring(
                words.get(0).start(), words.get(words.size() - 1).end());
        if (words.size() > 1 && ORGANISATION_END.matcher(name).find()) {
            return false; // a brand and its trade: "天宇通信", "云岭科技"
        }
        // A word the dictionary does not know is cut into single characters ("迈/科/光学"): that is a name's sign.
        return words.stream().allMatch(w -> w.tag().equals("NOUN") && w.end() - w.start() >= 2);
    }

    /**
     * Whether the tagger is sure enough of a word's tag to peel by it: on a capitalised word it has never seen (most
     * names: "Ashdown" read as an adverb) it is not.
     */
    private static boolean sure(PartOfSpeech.Token word) {
        return word.probability() >= SURE;
    }

    private static final double SURE = 0.9;

    /**
     * The tags of the words of the names and of the few words before each, tagged as short windows of the sentence
     * rather than all of it (the tagger's cost grows with the words it reads; a name's tag depends on its neighbours,
     * not on the far end of the sentence). The last answer on this thread is remembered: rules and triggers ask for
     * the same sentence.
     */
    private List<PartOfSpeech.Token> tags(String sentence, List<NameSpan> spans) {
        Object[] last = lastTagged.get();
        if (last[0] != null && last[0].equals(sentence) && last[2].equals(spans)) {
            @SuppressWarnings("unchecked")
            List<PartOfSpeech.Token> tokens = (List<PartOfSpeech.Token>) last[1];
            return tokens;
        }
        List<PartOfSpeech.Token> tokens = new ArrayList<>();
        int windowStart = -1;
        int windowEnd = -1;
        for (NameSpan span : spans.stream()
                .sorted(java.util.Comparator.comparingInt(NameSpan::start))
                .toList()) {
            int from = byCharacters()
                    ? Math.max(0, span.start() - CONTEXT)
                    : wordStart(sentence, Math.max(0, span.start() - CONTEXT));
            if (windowStart >= 0 && from <= windowEnd + (byCharacters() ? CONTEXT : 0)) {
                windowEnd = Math.max(windowEnd, span.end());
                continue;
            }
            if (windowStart >= 0) {
                tokens.addAll(tagWindow(sentence, windowStart, after(sentence, windowEnd)));
            }
            windowStart = from;
            windowEnd = span.end();
        }
        if (windowStart >= 0) {
            tokens.addAll(tagWindow(sentence, windowStart, after(sentence, windowEnd)));
        }
        last[0] = sentence;
        last[1] = tokens;
        last[2] = List.copyOf(spans);
        return tokens;
    }

    /** Where a window ending with a name stops: after a little context when the words of the name depend on it. */
    private int after(String sentence, int nameEnd) {
        return byCharacters() ? Math.min(sentence.length(), nameEnd + CONTEXT) : nameEnd;
    }

    /**
     * Whether windows are measured in characters, with context on both sides: where the words of a name depend on
     * what follows it (no spaces, or particles glued to it).
     */
    private boolean byCharacters() {
        return unspaced || morphemes;
    }

    /** Characters of context before a name that the tagger reads with it. */
    private static final int CONTEXT = 24;

    private List<PartOfSpeech.Token> tagWindow(String sentence, int from, int to) {
        List<PartOfSpeech.Token> out = new ArrayList<>();
        for (PartOfSpeech.Token t : tagger.get().tag(sentence.substring(from, to))) {
            out.add(new PartOfSpeech.Token(t.start() + from, t.end() + from, t.tag(), t.probability()));
        }
        return out;
    }

    /** The start of the word at or after {@code at}. */
    private static int wordStart(String sentence, int at) {
        if (at == 0 || Character.isWhitespace(sentence.charAt(at - 1))) {
            return at;
        }
        int space = sentence.indexOf(' ', at);
        return space < 0 ? at : space + 1;
    }

    private final ThreadLocal<Object[]> lastTagged = ThreadLocal.withInitial(() -> new Object[3]);

    private boolean describes(PartOfSpeech.Token word, PartOfSpeech.Token next) {
        if (!sure(word)) {
            return false;
        }
        if (FUNCTION.contains(word.tag())) {
            return true;
        }
        // German capitalises its nouns: "Führung von Earlybird", "Anteile der Commerzbank" are a noun and its object.
        return nounsDescribe
                && (word.tag().equals("NOUN") || word.tag().equals("ADJ"))
                && (next.tag().equals("PROPN")
                        || next.tag().equals("ADP")
                        || next.tag().equals("DET"));
    }

    /**
     * Whether the words of {@code sentence} in [{@code from}, {@code to}) are only nouns and adjectives, a noun among
     * them, as the tagger reads them: words that describe what follows ("ammunition maker", "rival"). False where the
     * language has no tagger.
     */
    boolean onlyDescribes(String sentence, int from, int to) {
        if (tagger.isEmpty() || unspaced) {
            return false;
        }
        List<PartOfSpeech.Token> words = tagger.get().tag(sentence).stream()
                .filter(t -> t.start() >= from && t.end() <= to)
                .toList();
        // A gerund describes too ("engineering firm"), the tagger reading it as a verb.
        return !words.isEmpty()
                && words.stream()
                        .allMatch(t -> t.tag().equals("NOUN")
                                || t.tag().equals("ADJ")
                                || (t.tag().equals("VERB") && sentence.startsWith("ing", t.end() - 3)))
                && words.get(words.size() - 1).tag().equals("NOUN");
    }

    /** Whether a word standing alone is no name: a function word, or in German a common noun or an adjective. */
    private boolean notAName(PartOfSpeech.Token word) {
        return sure(word)
                && (FUNCTION.contains(word.tag())
                        || (nounsDescribe
                                && (word.tag().equals("NOUN") || word.tag().equals("ADJ"))));
    }

    /** "Japan's Sumida Motors" is Sumida Motors; "McDonald's Corp" stays whole. */
    private static NameSpan afterPossessive(NameSpan span) {
        Matcher m = POSSESSIVE_WORD.matcher(span.name());
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        if (cut < 0
                || cut >= span.name().length()
                || LEGAL_FORM.matcher(span.name().substring(cut)).matches()) {
            return span;
        }
        return new NameSpan(span.name().substring(cut), span.start() + cut, span.end());
    }
}
