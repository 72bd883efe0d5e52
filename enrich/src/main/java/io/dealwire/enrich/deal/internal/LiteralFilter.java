package io.dealwire.enrich.deal.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which of a fixed list of regexes may match a text, from their trigger words (see {@link RequiredLiterals})
 * found in one scan of the text: a regex whose triggers are all absent cannot match, so it need not be run.
 *
 * <p>Immutable and thread-safe.
 */
final class LiteralFilter {
    private final int[][] triggersOf;
    private final TriggerScanner scanner;

    LiteralFilter(List<Pattern> regexes) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        this.triggersOf = new int[regexes.size()][];
        for (int r = 0; r < regexes.size(); r++) {
            Set<String> triggers = triggers(regexes.get(r));
            triggersOf[r] = triggers.stream()
                    .mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size()))
                    .toArray();
        }
        this.scanner = new TriggerScanner(new ArrayList<>(ids.keySet()));
    }

    private static Set<String> triggers(Pattern regex) {
        if ((regex.flags() & Pattern.COMMENTS) != 0 || (regex.flags() & Pattern.LITERAL) != 0) {
            return Set.of();
        }
        try {
            return RequiredLiterals.of(regex.pattern()).orElse(Set.of());
        } catch (RuntimeException e) {
            // A construct the parser does not follow: the regex is simply always run.
            return Set.of();
        }
    }

    /** The trigger words present in {@code text}, for {@link #mayMatch}. */
    BitSet scan(String text) {
        return scanner.scan(text);
    }

    /** Whether regex {@code r} may match a text whose {@link #scan} gave {@code present}. */
    boolean mayMatch(BitSet present, int r) {
        int[] ids = triggersOf[r];
        if (ids.length == 0) {
            return true;
        }
        for (int id : ids) {
            if (present.get(id)) {
                return true;
            }
        }
        return false;
    }
}
