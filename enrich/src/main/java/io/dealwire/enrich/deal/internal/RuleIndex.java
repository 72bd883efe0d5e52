package io.dealwire.enrich.deal.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the rules worth trying on a sentence: those whose trigger words (see {@link RequiredLiterals}) occur in it,
 * plus any rule without triggers. One scan of the sentence serves every rule of the language, so a sentence that
 * reports no deal costs a pass over its characters instead of a run of every regex.
 *
 * <p>Immutable and thread-safe.
 */
final class RuleIndex {
    private final List<DealPattern> rules;
    private final int[][] triggersOf;
    private final TriggerScanner scanner;

    RuleIndex(List<DealPattern> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> ids = new LinkedHashMap<>();
        this.triggersOf = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            triggersOf[r] = rules.get(r).triggers().stream()
                    .mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size()))
                    .toArray();
        }
        this.scanner = new TriggerScanner(new ArrayList<>(ids.keySet()));
    }

    /** The rules that may match {@code sentence}, in file order. */
    List<DealPattern> candidates(String sentence) {
        BitSet present = scanner.scan(sentence);
        List<DealPattern> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            if (triggersOf[r].length == 0 || any(present, triggersOf[r])) {
                out.add(rules.get(r));
            }
        }
        return out;
    }

    private static boolean any(BitSet present, int[] ids) {
        for (int id : ids) {
            if (present.get(id)) {
                return true;
            }
        }
        return false;
    }
}
