package io.dealwire.sink.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} followed by the base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed
 * with the bytes of a {@code whsec_}-prefixed base64 secret.
 */
final class WebhookSigner {
    static final String SECRET_PREFIX = "whsec_";

    private WebhookSigner() {}

    /**
     * The key bytes of a {@code whsec_…} secret.
     *
     * @throws IllegalArgumentException when the prefix is missing or the rest is not base64
     */
    static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("secret must start with " + SECRET_PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }

    /** The {@code webhook-signature} header value for one attempt. */
    static String sign(byte[] key, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = (id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
