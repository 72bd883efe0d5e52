package io.dealwire.ingest.url;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of an http(s) URL, so the same article or feed gets the same id however it was linked: scheme
 * and host lower-cased (IDN hosts in punycode), default port and fragment dropped, empty path made {@code /},
 * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, …) removed, other parameters kept in order.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "yclid",
            "igshid",
            "mc_cid",
            "mc_eid",
            "_ga",
            "_gl",
            "mkt_tok",
            "oly_anon_id",
            "oly_enc_id",
            "vero_id",
            "wt.mc_id",
            "__twitter_impression");

    private static final Pattern AUTHORITY = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?)([^:/?#]+)");

    private CanonicalUrl() {}

    /** The canonical form of {@code url}, or empty when it is not an absolute http(s) URL with a host. */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        Optional<URI> parsed = asciiHost(url.trim()).flatMap(CanonicalUrl::parse);
        return parsed.flatMap(CanonicalUrl::canonical);
    }

    private static Optional<String> canonical(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.isOpaque()) {
            return Optional.empty();
        }
        String host;
        try {
            host = IDN.toASCII(uri.getHost(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        boolean defaultPort = uri.getPort() == -1
                || scheme.equals("http") && uri.getPort() == 80
                || scheme.equals("https") && uri.getPort() == 443;
        if (!defaultPort) {
            out.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        query(uri.getRawQuery()).ifPresent(query -> out.append('?').append(query));
        return Optional.of(out.toString());
    }

    private static Optional<String> query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join("&", kept));
    }

    /** The URL with a non-ASCII host converted to punycode; {@link URI} does not accept IDN hosts. */
    private static Optional<String> asciiHost(String url) {
        Matcher m = AUTHORITY.matcher(url);
        if (!m.find() || m.group(2).chars().allMatch(c -> c < 0x80)) {
            return Optional.of(url);
        }
        try {
            return Optional.of(m.group(1) + IDN.toASCII(m.group(2), IDN.ALLOW_UNASSIGNED) + url.substring(m.end()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> parse(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            try {
                return Optional.of(new URI(escapeIllegal(url)));
            } catch (URISyntaxException stillBad) {
                return Optional.empty();
            }
        }
    }

    /** Percent-encodes characters a URI may not contain (spaces, non-ASCII, …), leaving existing escapes alone. */
    private static String escapeIllegal(String url) {
        StringBuilder out = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
