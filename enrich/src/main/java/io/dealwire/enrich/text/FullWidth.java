package io.dealwire.enrich.text;

/**
 * Folds the full-width digits, decimal point and percent sign of CJK text ("１０．５％") to their ASCII forms, one
 * character for one, so that offsets into the folded text are offsets into the original.
 */
public final class FullWidth {
    private FullWidth() {}

    /** {@code text} with full-width digits, "．" between digits and "％" folded to ASCII; same length. */
    public static String foldDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char folded = fold(text, i);
            if (folded != text.charAt(i)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char fold(String text, int i) {
        char c = text.charAt(i);
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        if (c == '％') {
            return '%';
        }
        boolean betweenDigits =
                i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
        if (betweenDigits && (c == '．' || c == '，')) {
            return c == '．' ? '.' : ',';
        }
        return c;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
