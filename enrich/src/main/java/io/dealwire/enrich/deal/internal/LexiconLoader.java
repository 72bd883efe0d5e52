package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.amount.AmountLexicon;
import io.dealwire.enrich.amount.AmountParser;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads the per-language lexicons.
 *
 * <p>Layout, under {@code io/dealwire/enrich/lexicon/}: {@code languages.txt} lists the language codes; {@code
 * common/} holds what every language shares; each {@code <code>/} directory may hold
 * <ul>
 *   <li>{@code macros.txt}: {@code NAME regex}, referenced as {@code {NAME}} in rules (a language's macro overrides
 *       the common one);
 *   <li>{@code deals.txt}: {@code TYPE regex} or {@code TYPE/STATUS regex} ({@code DEAL} for a type read from the
 *       article); named groups {@code buyer…}, {@code
 *       target…}, {@code partner…}, {@code seller…} capture the parties;
 *   <li>{@code status.txt}: {@code STATUS regex}, in priority order;
 *   <li>{@code cues.txt}: {@code ipo regex}, words that make money raised a listing, not a private round; {@code
 *       acquisition regex} and {@code merger regex}, words that tell which kind of deal an unnamed "deal" is (rules of
 *       type {@code DEAL} take their type from them); {@code description regex}, a definite description ("the
 *       start-up") that stands for the article's main company (see {@code ArticleContext});
 *   <li>{@code vetoes.txt}: {@code veto regex}, sentences that report no deal;
 *   <li>{@code names.txt}: {@code and regex}, {@code stop word}, {@code nonname regex}, {@code descriptor regex},
 *       {@code place Name} (a country, region or city: never a party); {@code common/names.txt} and {@code
 *       common/places.txt} apply to every language;
 *   <li>{@code regulators.txt}: {@code regulator Name|Alias…}, available to rules as {@code {REG}}; a review names
 *       the regulator by the first name on its line, so "CMA" and "Competition and Markets Authority" are one party;
 *   <li>{@code amounts.txt}: {@code currency ISO regex}, {@code scale factor regex}, {@code decimal comma|point},
 *       {@code hedge regex}, {@code perunit regex}, {@code valuation regex}, {@code stake regex}, {@code dealvalue
 *       regex} (words right before a price or money raised), {@code stakeword regex} (words a few words before a
 *       percentage that make it a stake wherever it stands in the sentence).
 * </ul>
 * Adding a language is adding a directory and a line in {@code languages.txt}.
 */
public final class LexiconLoader {
    private static final String ROOT = "/io/dealwire/enrich/lexicon/";
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern WORD_LIST =
            Pattern.compile("\\(\\?:[^\\\\()\\[\\]{}|?*+.^$]++(?:\\|[^\\\\()\\[\\]{}|?*+.^$]++)*+\\)");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private LexiconLoader() {}

    /** The language codes that have a lexicon, in the order of {@code languages.txt}. */
    public static List<String> languages() {
        return LexiconFile.read(ROOT + "languages.txt").stream()
                .map(LexiconFile.Line::key)
                .toList();
    }

    /** Loads one language's lexicon; throws IllegalStateException naming the file and line of a bad rule. */
    public static Lexicon load(String language) {
        String dir = ROOT + language + "/";
        Map<String, String> macros = macros(dir);
        List<LexiconFile.Line> cues = LexiconFile.read(dir + "cues.txt");
        List<LexiconFile.Line> names = concat(
                concat(LexiconFile.read(ROOT + "common/names.txt"), LexiconFile.read(ROOT + "common/places.txt")),
                LexiconFile.read(dir + "names.txt"));
        List<LexiconFile.Line> amounts =
                concat(LexiconFile.read(ROOT + "common/amounts.txt"), LexiconFile.read(dir + "amounts.txt"));
        return new Lexicon(
                language,
                LexiconFile.read(dir + "deals.txt").stream()
                        .map(l -> rule(l, macros))
                        .toList(),
                LexiconFile.read(dir + "status.txt").stream()
                        .map(l -> new Lexicon.StatusCue(DealStatus.valueOf(l.key()), compile(l, l.value(), macros)))
                        .toList(),
                LexiconFile.read(dir + "vetoes.txt").stream()
                        .map(l -> compile(l, l.value(), macros))
                        .toList(),
                nameRules(names, macros, regulatorNames(dir)),
                new AmountParser(amountLexicon(amounts)),
                joined(amounts, "valuation", macros),
                joined(amounts, "stake", macros),
                // The cue, then a few non-figure words ("for about", "総額約"), then the sum.
                Pattern.compile(joined(amounts, "dealvalue", macros).pattern() + "[^\\d.;。]{0,14}$"),
                joined(cues, "ipo", macros),
                // The stake word, then a few words ("a stake of roughly"), then the percentage.
                Pattern.compile(joined(amounts, "stakeword", macros).pattern() + "[^\\d.;。]{0,16}$"),
                contextCues(cues, macros));
    }

    /**
     * The triggers of one language, from {@code <code>/triggers.txt}: {@code by|to|with regex} lines, then {@code TYPE
     * FORM regex} lines (see {@link TriggerSet.Form}); empty when the language has no such file.
     *
     * @throws IllegalStateException naming the file and line of a malformed trigger
     */
    public static java.util.Optional<TriggerSet> triggers(String language) {
        String dir = ROOT + language + "/";
        List<LexiconFile.Line> lines = LexiconFile.read(dir + "triggers.txt");
        if (lines.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, String> macros = macros(dir);
        List<TriggerSet.Trigger> triggers = new ArrayList<>();
        StringBuilder any = new StringBuilder();
        Map<String, Pattern> words = new LinkedHashMap<>();
        List<Pattern> alone = new ArrayList<>();
        // Passive forms first: where "acquired by" and "acquired" start at the same word, the passive must win.
        List<LexiconFile.Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparingInt(l -> l.value().startsWith("pas ") ? 0 : 1));
        for (LexiconFile.Line line : ordered) {
            if (List.of("by", "to", "with", "review", "investors", "final", "then", "funders", "pronoun")
                    .contains(line.key())) {
                words.put(
                        line.key(),
                        compile(line, "(?iu)(?<![\\p{L}\\p{N}])(?:" + line.value() + ")(?![\\p{L}\\p{N}])", macros));
                continue;
            }
            int space = line.value().indexOf(' ');
            if (space < 0) {
                throw new IllegalStateException(line.where() + ": expected TYPE FORM regex");
            }
            TriggerSet.Form form;
            DealType type;
            try {
                type = DealType.valueOf(line.key());
                form = TriggerSet.Form.valueOf(line.value().substring(0, space).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(line.where() + ": unknown type or form in " + line.key() + " "
                        + line.value().substring(0, space));
            }
            String regex = line.value().substring(space + 1).strip();
            // Compiled alone: fails here, naming the line, rather than in the joined pattern; and gives the trigger's
            // required words to the cheap first pass.
            alone.add(Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:" + compile(line, regex, macros).pattern()
                            + ")(?:(?<=\\s)|(?![\\p{L}\\p{N}]))",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            any.append(any.length() == 0 ? "" : "|")
                    .append("(?<t")
                    .append(triggers.size())
                    .append(">")
                    .append(expand(regex, macros, line))
                    .append(")");
            triggers.add(new TriggerSet.Trigger(type, form, line.where()));
        }
        Pattern none = Pattern.compile("(?!)");
        return java.util.Optional.of(new TriggerSet(
                triggers,
                Pattern.compile(
                        // A trigger ends at a word boundary, or with the space it spells out ("prend 15 % de ").
                        "(?<![\\p{L}\\p{N}])(?:" + any + ")(?:(?<=\\s)|(?![\\p{L}\\p{N}]))",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                words.getOrDefault("by", none),
                words.getOrDefault("to", none),
                words.getOrDefault("with", none),
                Pattern.compile(expand("{ORG}", macros, lines.get(0))),
                Pattern.compile(expand("{REG}", macros, lines.get(0))),
                words.getOrDefault("review", none),
                words.getOrDefault("investors", none),
                words.getOrDefault("final", none),
                words.getOrDefault("then", none),
                words.getOrDefault("funders", words.getOrDefault("by", none)),
                words.getOrDefault("pronoun", none),
                alone));
    }

    private static ContextCues contextCues(List<LexiconFile.Line> cues, Map<String, String> macros) {
        List<LexiconFile.Line> descriptions =
                cues.stream().filter(l -> l.key().equals("description")).toList();
        Pattern description = descriptions.isEmpty()
                ? Pattern.compile("(?!)")
                : compile(
                        descriptions.get(0), joined(cues, "description", macros).pattern(), macros);
        return new ContextCues(
                joined(cues, "acquisition", macros),
                joined(cues, "merger", macros),
                description,
                descriptions.isEmpty() ? null : Pattern.compile(expand("{ORG}", macros, descriptions.get(0))),
                joined(cues, "pending", macros));
    }

    private static Map<String, String> macros(String dir) {
        Map<String, String> macros = new LinkedHashMap<>();
        LexiconFile.read(ROOT + "common/macros.txt").forEach(l -> macros.put(l.key(), l.value()));
        LexiconFile.read(dir + "macros.txt").forEach(l -> macros.put(l.key(), l.value()));
        new LinkedHashMap<>(macros).forEach((name, body) -> edgeClasses(name, body, macros));
        List<String> regulators = new ArrayList<>(regulatorNames(dir).keySet());
        regulators.sort(Comparator.comparingInt(String::length).reversed());
        macros.put(
                "REG",
                regulators.isEmpty()
                        ? "(?!)"
                        : "(?:"
                                + String.join(
                                        "|",
                                        regulators.stream().map(Pattern::quote).toList()) + ")");
        return macros;
    }

    /**
     * For a macro that is a plain word list {@code (?:a|b|c)}, defines {@code NAME_FIRST} and {@code NAME_LAST}: the
     * characters its words start and end with, quoted for a character class. Rules use them as cheap guards before
     * the list itself (Java tries an alternation's words one by one at every position).
     */
    private static void edgeClasses(String name, String body, Map<String, String> macros) {
        if (!WORD_LIST.matcher(body).matches()) {
            return;
        }
        StringBuilder first = new StringBuilder();
        StringBuilder last = new StringBuilder();
        for (String word : body.substring(3, body.length() - 1).split("\\|")) {
            first.append(Pattern.quote(word.substring(0, 1)));
            last.append(Pattern.quote(word.substring(word.length() - 1)));
        }
        macros.put(name + "_FIRST", first.toString());
        macros.put(name + "_LAST", last.toString());
    }

    /** Every name a regulator goes by, mapped to the first name on its line ("CMA" to "Competition and Markets Authority"). */
    private static Map<String, String> regulatorNames(String dir) {
        Map<String, String> names = new LinkedHashMap<>();
        for (LexiconFile.Line line : LexiconFile.read(dir + "regulators.txt")) {
            String[] aliases = line.value().split("\\s*\\|\\s*");
            for (String alias : aliases) {
                names.putIfAbsent(alias, aliases[0]);
            }
        }
        return names;
    }

    private static DealPattern rule(LexiconFile.Line line, Map<String, String> macros) {
        String[] head = line.key().split("/");
        boolean inferred = head[0].equals("DEAL");
        DealType type = inferred ? DealType.MERGER : DealType.valueOf(head[0]);
        DealStatus status = head.length > 1 ? DealStatus.valueOf(head[1]) : DealStatus.UNKNOWN;
        Pattern regex = compile(line, line.value(), macros);
        Map<String, PartyRole> roles = new LinkedHashMap<>();
        Matcher group = GROUP.matcher(regex.pattern());
        while (group.find()) {
            roleOf(group.group(1)).ifPresent(role -> roles.put(group.group(1), role));
        }
        Set<String> triggers = RequiredLiterals.of(regex.pattern()).orElse(Set.of());
        return new DealPattern(type, status, regex, roles, line.where(), triggers, inferred);
    }

    private static java.util.Optional<PartyRole> roleOf(String group) {
        for (PartyRole role : List.of(PartyRole.BUYER, PartyRole.TARGET, PartyRole.PARTNER, PartyRole.SELLER)) {
            if (group.startsWith(role.name().toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }

    private static NameRules nameRules(
            List<LexiconFile.Line> lines, Map<String, String> macros, Map<String, String> regulators) {
        Set<String> stops = new HashSet<>();
        Set<String> places = new HashSet<>();
        List<Pattern> nonNames = new ArrayList<>();
        Pattern and = Pattern.compile("\\s*,\\s*");
        Pattern descriptor = Pattern.compile("(?!)");
        for (LexiconFile.Line l : lines) {
            switch (l.key()) {
                case "stop" -> stops.add(l.value().toLowerCase(Locale.ROOT));
                case "place" -> places.add(l.value().toLowerCase(Locale.ROOT));
                case "nonname" -> nonNames.add(compile(l, l.value(), macros));
                case "and" -> and = compile(l, l.value(), macros);
                case "descriptor" -> descriptor = compile(l, l.value(), macros);
                default -> throw new IllegalStateException(l.where() + ": unknown key " + l.key());
            }
        }
        return new NameRules(and, stops, nonNames, descriptor, regulators, places);
    }

    private static AmountLexicon amountLexicon(List<LexiconFile.Line> lines) {
        List<AmountLexicon.Term> currencies = new ArrayList<>();
        List<AmountLexicon.Term> scales = new ArrayList<>();
        boolean comma = false;
        for (LexiconFile.Line l : lines) {
            String[] parts = l.value().split(" ", 2);
            switch (l.key()) {
                case "currency" -> currencies.add(new AmountLexicon.Term(parts[0], letterWords(parts[1])));
                case "scale" -> scales.add(new AmountLexicon.Term(parts[0], letterWords(parts[1])));
                case "decimal" -> comma = l.value().equals("comma");
                default -> {}
            }
        }
        return new AmountLexicon(currencies, scales, comma, values(lines, "hedge"), values(lines, "perunit"));
    }

    private static List<String> values(List<LexiconFile.Line> lines, String key) {
        List<String> values = lines.stream()
                .filter(l -> l.key().equals(key))
                .map(LexiconFile.Line::value)
                .map(LexiconLoader::letterWords)
                .toList();
        return values.isEmpty() ? List.of("(?!)") : values;
    }

    private static Pattern joined(List<LexiconFile.Line> lines, String key, Map<String, String> macros) {
        List<String> expanded = lines.stream()
                .filter(l -> l.key().equals(key))
                .map(l -> compile(l, l.value(), macros).pattern())
                .toList();
        return Pattern.compile("(?:" + String.join("|", expanded.isEmpty() ? List.of("(?!)") : expanded) + ")");
    }

    private static Pattern compile(LexiconFile.Line line, String regex, Map<String, String> macros) {
        try {
            return Pattern.compile(expand(regex, macros, line));
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(line.where() + ": bad rule: " + e.getDescription(), e);
        }
    }

    static String expand(String regex, Map<String, String> macros, LexiconFile.Line line) {
        String text = regex;
        for (int depth = 0; depth < 8; depth++) {
            Matcher m = MACRO.matcher(text);
            if (!m.find()) {
                return letterWords(text);
            }
            StringBuilder out = new StringBuilder();
            m.reset();
            while (m.find()) {
                String body = macros.get(m.group(1));
                if (body == null) {
                    throw new IllegalStateException(line.where() + ": unknown macro {" + m.group(1) + "}");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(body));
            }
            m.appendTail(out);
            text = out.toString();
        }
        throw new IllegalStateException(line.where() + ": macros nested too deep");
    }

    /**
     * {@code regex} with {@code \\w} read as any letter, digit or underscore of any script. Java's {@code \\w} is ASCII:
     * "aprob\\w*" would stop at the "ó" of "aprobó", and "одобрени\\w*" at any Cyrillic ending, so that a lexicon
     * writer's stem would silently never match.
     */
    static String letterWords(String regex) {
        if (!regex.contains("\\w")) {
            return regex;
        }
        StringBuilder out = new StringBuilder(regex.length() + 32);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (next == 'w') {
                    out.append(inClass ? "\\p{L}\\p{N}_" : "[\\p{L}\\p{N}_]");
                } else {
                    out.append(c).append(next);
                }
                i++;
            } else {
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
