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
 * <p>The automaton is compiled to a dense transition table over the characters the words use: one array read per
 * character of the text. Immutable and thread-safe once built.
 */
final class TriggerScanner {
    private static final int[] NONE = new int[0];

    private final int words;
    /** Column of each character in {@link #delta}, 0 for a character no word uses. */
    private final char[] column = new char[Character.MAX_VALUE + 1];

    private final int columns;
    /** Next state for state {@code s} and column {@code c} at {@code s * columns + c}. */
    private final int[] delta;
    /** The words that end at each state, failure links included. */
    private final int[][] ends;

    /** A scanner for {@code words}; word {@code i} is reported as bit {@code i}. */
    TriggerScanner(List<String> words) {
        this.words = words.size();
        Trie trie = new Trie();
        for (int i = 0; i < words.size(); i++) {
            trie.add(words.get(i), i);
        }
        trie.linkFailures();
        int used = 1;
        for (Map<Character, Integer> edges : trie.next) {
            for (char c : edges.keySet()) {
                if (column[c] == 0) {
                    column[c] = (char) used++;
                }
            }
        }
        this.columns = used;
        int states = trie.next.size();
        this.delta = new int[states * columns];
        this.ends = new int[states][];
        // Breadth-first order: a state's failure target is complete before the state itself.
        for (int state : trie.order()) {
            int f = trie.fail.get(state);
            for (int c = 1; c < columns; c++) {
                delta[state * columns + c] = state == 0 ? 0 : delta[f * columns + c];
            }
            for (Map.Entry<Character, Integer> edge : trie.next.get(state).entrySet()) {
                delta[state * columns + column[edge.getKey()]] = edge.getValue();
            }
            BitSet out = trie.output.get(state);
            ends[state] = out.isEmpty() ? NONE : out.stream().toArray();
        }
    }

    /** The indexes of the words that occur in {@code text}, ignoring case. */
    BitSet scan(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        BitSet found = new BitSet(words);
        int state = 0;
        for (int i = 0; i < lower.length(); i++) {
            state = delta[state * columns + column[lower.charAt(i)]];
            int[] hits = ends[state];
            for (int hit : hits) {
                found.set(hit);
            }
        }
        return found;
    }

    /** The keyword trie with its failure links, before compilation. */
    private static final class Trie {
        final List<Map<Character, Integer>> next = new ArrayList<>();
        final List<Integer> fail = new ArrayList<>();
        final List<BitSet> output = new ArrayList<>();

        Trie() {
            newNode();
        }

        private int newNode() {
            next.add(new HashMap<>());
            fail.add(0);
            output.add(new BitSet());
            return next.size() - 1;
        }

        void add(String word, int index) {
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

        void linkFailures() {
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

        /** The states in breadth-first order, the root first. */
        List<Integer> order() {
            List<Integer> order = new ArrayList<>();
            order.add(0);
            for (int i = 0; i < order.size(); i++) {
                order.addAll(next.get(order.get(i)).values());
            }
            return order;
        }
    }
}
