package io.dealwire.enrich.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A hash of an article's content that ignores what changes between two copies of the same story: case, Unicode
 * normalisation form, whitespace and punctuation. The same text served under two URLs has the same hash.
 */
public final class ContentHash {
    private ContentHash() {}

    /** The hash of the title and text, as 32 hex chars. */
    public static String of(String title, String text) {
        String normal = collapsed(Normalizer.normalize(title + "\n" + text, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT))
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /**
     * {@code text} with every run of punctuation, symbols and ASCII whitespace replaced by one space: what {@code
     * replaceAll("[\\p{P}\\p{S}\\s]+", " ")} gives, in one pass without a regex (it was a fifth of the enrich stage's
     * time).
     */
    static String collapsed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (separates(c)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.appendCodePoint(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    private static boolean separates(int c) {
        if (c < 0x80) {
            // java.util.regex's \s without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
