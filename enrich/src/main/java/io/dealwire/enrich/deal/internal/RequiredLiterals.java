package io.dealwire.enrich.deal.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a rule's trigger words from its regex: a set of lower-case strings such that every text the regex can
 * match contains at least one of them. A sentence containing none of a rule's triggers cannot match it, so the rule
 * need not be tried (the prefilter idea of RE2 and code search engines).
 *
 * <p>Conservative by construction: any construct it does not model (classes, wildcards, lookarounds, back-references)
 * counts as "anything", which only weakens the triggers. Case is ignored, since the scanner lower-cases the sentence.
 */
final class RequiredLiterals {
    /** Cross products of literal alternatives larger than this are not expanded. */
    private static final int MAX_SET = 64;

    /** What one piece of a regex tells about its matches. */
    private record Info(Set<String> exact, Set<String> required) {
        static final Info ANY = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);
    }

    private final String regex;
    private int pos;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** The triggers of {@code regex}; empty when every sentence might match it. */
    static Optional<Set<String>> of(String regex) {
        RequiredLiterals parser = new RequiredLiterals(regex);
        Info info = parser.alternation();
        if (parser.pos != regex.length()) {
            return Optional.empty();
        }
        return Optional.ofNullable(best(info))
                .filter(s -> s.stream().noneMatch(String::isEmpty))
                .map(RequiredLiterals::minimal);
    }

    /** Drops the words that contain another word of the set: "cma," adds nothing to "cma". */
    private static Set<String> minimal(Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (words.stream().noneMatch(o -> !o.equals(w) && w.contains(o))) {
                out.add(w);
            }
        }
        return out;
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (Info b : branches) {
            exact = union(exact, b.exact());
            required = union(required, best(b));
        }
        return new Info(exact, required);
    }

    private Info sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        Set<String> run = Set.of("");
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Info atom = quantified(atom());
            Set<String> joined = atom.exact() == null ? null : product(run, atom.exact());
            if (joined == null) {
                candidates.add(run);
                if (atom.required() != null) {
                    candidates.add(atom.required());
                }
                run = atom.exact() == null ? Set.of("") : atom.exact();
            } else {
                run = joined;
            }
        }
        boolean wholeExact = candidates.isEmpty();
        candidates.add(run);
        Set<String> required = candidates.stream()
                .filter(s -> s.stream().noneMatch(String::isEmpty))
                .max(Comparator.<Set<String>>comparingInt(RequiredLiterals::shortest)
                        .thenComparing(s -> -s.size()))
                .orElse(null);
        return new Info(wholeExact ? run : null, required);
    }

    private Info quantified(Info atom) {
        if (pos >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(pos);
        int min;
        boolean single = false;
        if (c == '?' || c == '*') {
            min = 0;
            pos++;
        } else if (c == '+') {
            min = 1;
            pos++;
        } else if (c == '{' && pos + 1 < regex.length() && Character.isDigit(regex.charAt(pos + 1))) {
            int close = regex.indexOf('}', pos);
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            single = bounds.length == 1 && min == 1;
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++;
        }
        if (min == 0) {
            // An optional piece may match anything it can match, or nothing: only an optional literal stays exact.
            return c == '?' && atom.exact() != null ? new Info(union(Set.of(""), atom.exact()), null) : Info.ANY;
        }
        return single ? atom : new Info(null, best(atom));
    }

    private Info atom() {
        char c = regex.charAt(pos++);
        return switch (c) {
            case '\\' -> escape();
            case '[' -> charClass();
            case '(' -> group();
            case '.' -> Info.ANY;
            case '^', '$' -> Info.EMPTY;
            default -> literal(String.valueOf(c));
        };
    }

    private Info escape() {
        char c = regex.charAt(pos++);
        switch (c) {
            case 'Q' -> {
                int end = regex.indexOf("\\E", pos);
                end = end < 0 ? regex.length() : end;
                String quoted = regex.substring(pos, end);
                pos = Math.min(regex.length(), end + 2);
                return literal(quoted);
            }
            case 'p', 'P' -> {
                if (pos < regex.length() && regex.charAt(pos) == '{') {
                    pos = regex.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                return Info.ANY;
            }
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                return Info.EMPTY;
            }
            case 'u' -> {
                String hex = regex.substring(pos, pos + 4);
                pos += 4;
                return literal(String.valueOf((char) Integer.parseInt(hex, 16)));
            }
            case 'k' -> {
                pos = regex.indexOf('>', pos) + 1;
                return Info.ANY;
            }
            case 't' -> {
                return literal("\t");
            }
            case 'n' -> {
                return literal("\n");
            }
            default -> {
                return Character.isLetterOrDigit(c) ? Info.ANY : literal(String.valueOf(c));
            }
        }
    }

    private Info charClass() {
        int depth = 1;
        while (depth > 0) {
            char c = regex.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return Info.ANY;
    }

    private Info group() {
        boolean lookaround = false;
        if (regex.charAt(pos) == '?') {
            pos++;
            char kind = regex.charAt(pos);
            if (kind == '=' || kind == '!') {
                lookaround = true;
                pos++;
            } else if (kind == '<' && (regex.charAt(pos + 1) == '=' || regex.charAt(pos + 1) == '!')) {
                lookaround = true;
                pos += 2;
            } else if (kind == '<') {
                pos = regex.indexOf('>', pos) + 1;
            } else if (kind == ':' || kind == '>') {
                pos++;
            } else {
                // Inline flags: "(?i)" applies to the rest and matches nothing; "(?i:" opens a group.
                while (regex.charAt(pos) != ')' && regex.charAt(pos) != ':') {
                    pos++;
                }
                if (regex.charAt(pos++) == ')') {
                    return Info.EMPTY;
                }
            }
        }
        Info inner = alternation();
        pos++;
        return lookaround ? Info.EMPTY : inner;
    }

    private static Info literal(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return new Info(Set.of(lower), Set.of(lower));
    }

    private static Set<String> best(Info info) {
        if (info.exact() != null && info.exact().stream().noneMatch(String::isEmpty)) {
            return info.required() == null || shortest(info.exact()) >= shortest(info.required())
                    ? info.exact()
                    : info.required();
        }
        return info.required();
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        if ((long) left.size() * right.size() > MAX_SET) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                out.add(l + r);
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> acc, Set<String> more) {
        if (acc == null || more == null || acc.size() + more.size() > MAX_SET * 4) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>(acc);
        out.addAll(more);
        return out;
    }

    private static int shortest(Set<String> set) {
        return set.stream().mapToInt(String::length).min().orElse(0);
    }
}
