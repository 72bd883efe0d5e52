package io.dealwire.enrich.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into the words a tagger expects: runs of letters, digits and the marks that sit inside names and
 * figures (&amp; . - ' ’), with a possessive 's and sentence punctuation as words of their own.
 */
final class Tokens {
    private Tokens() {}

    static List<int[]> split(String s) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                tokens.add(new int[] {i, i + 1});
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || inner(s, i))) {
                i++;
            }
            int end = i;
            // A trailing full stop ends the sentence unless the word is an abbreviation with inner stops ("U.S.").
            if (s.charAt(end - 1) == '.' && s.substring(start, end - 1).indexOf('.') < 0) {
                end--;
            }
            // "Dorsey's" is "Dorsey" and "'s".
            if (end - start > 2
                    && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '’')
                    && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')) {
                tokens.add(new int[] {start, end - 2});
                tokens.add(new int[] {end - 2, end});
            } else {
                tokens.add(new int[] {start, end});
            }
            i = end;
        }
        return tokens;
    }

    /** A mark inside a word: between two letters or digits, or a stop after a letter. */
    private static boolean inner(String s, int i) {
        char c = s.charAt(i);
        if ("&-'’.".indexOf(c) < 0) {
            return false;
        }
        boolean next = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        return next || (c == '.' && i > 0 && Character.isLetter(s.charAt(i - 1)));
    }
}
