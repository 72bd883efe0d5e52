package io.dealwire.enrich.deal.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds which of a fixed set of lower-case words occur in a text, in one pass over the text (Aho–Corasick), so that
 * a sentence is checked against every rule's triggers at once.
 *
 * <p>Immutable and thread-safe once built.
 */
final class TriggerScanner {
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<BitSet> output = new ArrayList<>();
    private final int words;

    /** A scanner for {@code words}; word {@code i} is reported as bit {@code i}. */
    TriggerScanner(List<String> words) {
        this.words = words.size();
        newNode();
        for (int i = 0; i < words.size(); i++) {
            add(words.get(i), i);
        }
        linkFailures();
    }

    /** The indexes of the words that occur in {@code text}, ignoring case. */
    BitSet scan(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        BitSet found = new BitSet(words);
        int state = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            Integer to = next.get(state).get(c);
            while (to == null && state != 0) {
                state = fail.get(state);
                to = next.get(state).get(c);
            }
            state = to == null ? 0 : to;
            found.or(output.get(state));
        }
        return found;
    }

    private int newNode() {
        next.add(new HashMap<>());
        fail.add(0);
        output.add(new BitSet());
        return next.size() - 1;
    }

    private void add(String word, int index) {
        int state = 0;
        for (char c : word.toCharArray()) {
            Integer to = next.get(state).get(c);
            if (to == null) {
                to = newNode();
                next.get(state).put(c, to);
            }
            state = to;
        }
        output.get(state).set(index);
    }

    private void linkFailures() {
        ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int f = fail.get(state);
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail.get(f);
                }
                Integer target = next.get(f).get(edge.getKey());
                fail.set(child, target == null || target == child ? 0 : target);
                output.get(child).or(output.get(fail.get(child)));
                queue.add(child);
            }
        }
    }
}
