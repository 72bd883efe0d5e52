package io.dealwire.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding} (gzip, deflate, identity) with a cap on the decompressed size, because the JDK
 * client does not decode bodies and a 10 KB gzip bomb can expand to gigabytes.
 */
final class ContentDecoder {
    private ContentDecoder() {}

    /**
     * The decoded body.
     *
     * @throws BoundedBodySubscriber.BodyTooLargeException when the decoded body would exceed {@code maxBytes}
     * @throws IOException when the body is not valid for its encoding, or the encoding is unknown
     */
    static byte[] decode(byte[] body, String contentEncoding, long maxBytes) throws IOException {
        return decode(body, contentEncoding, maxBytes, false);
    }

    /**
     * As {@link #decode(byte[], String, long)}; with {@code truncate}, a longer decoded body is cut at {@code
     * maxBytes} instead of failing, and a compressed stream cut short by a truncated download ends the body there.
     */
    static byte[] decode(byte[] body, String contentEncoding, long maxBytes, boolean truncate) throws IOException {
        String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" ->
                readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes, truncate);
            case "deflate" -> readCapped(new InflaterInputStream(new ByteArrayInputStream(body)), maxBytes, truncate);
            default -> throw new IOException("unsupported Content-Encoding " + contentEncoding);
        };
    }

    private static byte[] readCapped(InputStream in, long maxBytes, boolean truncate) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (in) {
            byte[] chunk = new byte[8192];
            int read;
            while ((read = in.read(chunk)) != -1) {
                if (out.size() + (long) read > maxBytes) {
                    if (!truncate) {
                        throw new BoundedBodySubscriber.BodyTooLargeException(maxBytes);
                    }
                    out.write(chunk, 0, (int) (maxBytes - out.size()));
                    return out.toByteArray();
                }
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        } catch (java.io.EOFException cut) {
            if (truncate) {
                return out.toByteArray(); // the download itself was cut at the prefix
            }
            throw cut;
        }
    }
}
