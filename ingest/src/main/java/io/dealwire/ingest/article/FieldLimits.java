package io.dealwire.ingest.article;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Size limits of article fields, so one article always fits in a Kafka record (1 MB by default) with room to spare:
 * text is cut at {@value #MAX_TEXT_BYTES} UTF-8 bytes, and HTML longer than {@value #MAX_HTML_BYTES} bytes is dropped
 * rather than cut into broken markup.
 */
public final class FieldLimits {
    /** Largest plain text kept, in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 256 * 1024;
    /** Largest sanitised HTML kept, in UTF-8 bytes. */
    public static final int MAX_HTML_BYTES = 256 * 1024;

    private FieldLimits() {}

    /** {@code text}, cut at a character boundary so it encodes to at most {@link #MAX_TEXT_BYTES}. */
    public static String text(String text) {
        if (text.length() * 3L <= MAX_TEXT_BYTES || utf8Length(text) <= MAX_TEXT_BYTES) {
            return text;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (bytes + size > MAX_TEXT_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    /** {@code html} when it encodes to at most {@link #MAX_HTML_BYTES}, else empty. */
    public static Optional<String> html(String html) {
        return utf8Length(html) <= MAX_HTML_BYTES ? Optional.of(html) : Optional.empty();
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
