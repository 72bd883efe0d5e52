package io.dealwire.enrich.deal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalises company names for matching, as the evaluation spec defines it. */
public final class PartyNames {
    // Spec (eval README): case, punctuation and corporate suffixes are ignored.
    private static final Set<String> SUFFIXES = Set.of(
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "co",
            "ltd",
            "limited",
            "sa",
            "ag",
            "gmbh",
            "plc",
            "llc",
            "se",
            "nv",
            "bv",
            "spa",
            "srl",
            "sas",
            "sarl",
            "kg",
            "kgaa",
            "ab",
            "asa",
            "oyj",
            "lp",
            "llp",
            "kk",
            "株式会社",
            "有限公司",
            "股份有限公司");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PartyNames() {}

    /**
     * Lower-cases, drops punctuation and trailing corporate suffixes, and collapses spaces: "Tiffany &amp; Co." and
     * "tiffany" both give "tiffany". Returns the empty string for a name made only of suffixes or punctuation.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = text.replace("'s ", " ").replace("’s ", " ");
        text = SPACES.matcher(PUNCTUATION.matcher(text).replaceAll(" "))
                .replaceAll(" ")
                .trim();
        String[] words = text.split(" ");
        int end = words.length;
        while (end > 1 && SUFFIXES.contains(words[end - 1])) {
            end--;
        }
        String kept = String.join(" ", java.util.Arrays.copyOf(words, end));
        return stripCjkSuffix(kept);
    }

    /**
     * Whether one normalised name is a whole-word prefix of the other ("adept" and "adept ai"), the spec's rule for
     * two names designating the same party.
     */
    public static boolean sameParty(String normalizedA, String normalizedB) {
        if (normalizedA.isEmpty() || normalizedB.isEmpty()) {
            return false;
        }
        String shorter = normalizedA.length() <= normalizedB.length() ? normalizedA : normalizedB;
        String longer = shorter == normalizedA ? normalizedB : normalizedA;
        return longer.equals(shorter) || longer.startsWith(shorter + " ");
    }

    private static String stripCjkSuffix(String name) {
        // The longest suffix first: "股份有限公司" before "有限公司" (a Set has no stable order).
        String best = "";
        for (String suffix : SUFFIXES) {
            if (suffix.codePointAt(0) > 0x3000
                    && name.endsWith(suffix)
                    && name.length() > suffix.length()
                    && suffix.length() > best.length()) {
                best = suffix;
            }
        }
        return name.substring(0, name.length() - best.length()).trim();
    }
}
