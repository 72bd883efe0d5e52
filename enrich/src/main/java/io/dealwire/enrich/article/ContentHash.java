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
        String normal = Normalizer.normalize(title + "\n" + text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}\\s]+", " ")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
