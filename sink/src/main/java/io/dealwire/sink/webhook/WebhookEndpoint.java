package io.dealwire.sink.webhook;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One webhook receiver.
 *
 * @param id short stable name, {@code [a-z0-9-]}, 1 to 64 chars; part of every {@code webhook-id}
 *     ({@code sink.webhook.endpoints[].id})
 * @param url http or https URL the events are POSTed to ({@code …url})
 * @param secret {@code whsec_} followed by a base64 key of at least 16 bytes; printed as {@code ****}
 *     ({@code …secret})
 * @param filter which events this endpoint receives ({@code …filter.*})
 */
public record WebhookEndpoint(String id, URI url, String secret, WebhookFilter filter) {
    private static final int MIN_KEY_BYTES = 16;

    public WebhookEndpoint {
        if (id == null || !id.matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("sink.webhook.endpoints[].id must be 1 to 64 of [a-z0-9-], was " + id);
        }
        String scheme =
                url == null || url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException(
                    "sink.webhook.endpoints[" + id + "].url must be an http(s) URL with a host, was " + url);
        }
        if (!validSecret(secret)) {
            throw new IllegalArgumentException("sink.webhook.endpoints[" + id + "].secret must be whsec_ and a"
                    + " base64 key of at least " + MIN_KEY_BYTES + " bytes, was " + (secret == null ? null : "****"));
        }
        Objects.requireNonNull(filter, "filter must not be null");
    }

    /** The key the endpoint's signatures are made with. */
    byte[] key() {
        return WebhookSigner.key(secret);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[id=" + id + ", url=" + url + ", secret=****, filter=" + filter + "]";
    }

    private static boolean validSecret(String secret) {
        try {
            return WebhookSigner.key(secret).length >= MIN_KEY_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
