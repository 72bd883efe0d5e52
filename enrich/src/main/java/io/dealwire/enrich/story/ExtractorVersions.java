package io.dealwire.enrich.story;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders extractor versions by their numbers, so {@code 0.10.0} comes after {@code 0.9.2}. */
final class ExtractorVersions {
    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    /** Compares number runs as numbers and other runs as text. */
    static final Comparator<String> ORDER = ExtractorVersions::compare;

    private ExtractorVersions() {}

    static int compare(String a, String b) {
        Matcher x = PART.matcher(a);
        Matcher y = PART.matcher(b);
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            int c = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
                    ? new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
