package io.dealwire.app.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Article links as the desk may show them: only absolute http and https URLs with a host; anything else is text. */
public final class SafeLinks {
    private SafeLinks() {}

    /** {@code url} when it is an absolute http(s) URL with a host, else empty. */
    public static Optional<String> http(String url) {
        return parse(url).map(u -> url.trim());
    }

    /** The host of an http(s) URL without a leading {@code www.}, for the outlet column; empty otherwise. */
    public static Optional<String> outlet(String url) {
        return parse(url).map(u -> {
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        });
    }

    private static Optional<URI> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isEmpty() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
