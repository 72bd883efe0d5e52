package io.dealwire.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a plain-http request connect to the address the {@link DestinationGuard} checked, not to whatever a second DNS
 * lookup answers (DNS rebinding): the URL's host is replaced by that address and the original host sent in the
 * {@code Host} header. The JDK client forbids setting {@code Host} unless {@code
 * jdk.httpclient.allowRestrictedHeaders} names it before the client's first use; {@link #enable()} sets it.
 *
 * <p>https requests keep their host name: the JDK client takes SNI and certificate checks from the URL. Two things
 * still hold them to the checked address. The guard resolves through {@link InetAddress}, whose positive cache
 * ({@code networkaddress.cache.ttl}, 30 s unless the operator sets it lower) answers the client's own lookup a moment
 * later with the same addresses, whatever TTL the attacker's DNS server gave; and a rebinding that outlived the cache
 * would still fail the TLS handshake unless the internal address served a valid certificate for the attacker's host
 * name. Pinning https by construction needs a client that connects by address with its own SNI.
 */
final class DnsPinning {
    private static final Logger LOG = LoggerFactory.getLogger(DnsPinning.class);
    private static final String RESTRICTED = "jdk.httpclient.allowRestrictedHeaders";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private DnsPinning() {}

    /** Allows the {@code Host} header; effective only before the JDK HTTP client is first used in this JVM. */
    static synchronized void enable() {
        String current = System.getProperty(RESTRICTED, "");
        boolean named = Arrays.stream(current.split(",")).map(String::strip).anyMatch("host"::equalsIgnoreCase);
        if (!named) {
            System.setProperty(RESTRICTED, current.isBlank() ? "host" : current + ",host");
        }
    }

    /** The request to send: to {@code checked} with a {@code Host} header for plain http, as built otherwise. */
    static HttpRequest pin(HttpRequest.Builder builder, URI url, Optional<InetAddress> checked) {
        if (checked.isEmpty() || !"http".equals(url.getScheme().toLowerCase(Locale.ROOT))) {
            return builder.build();
        }
        try {
            // built as text: URI's multi-argument constructors would quote the '%' of escapes a second time
            String target = "http://" + literal(checked.get()) + (url.getPort() == -1 ? "" : ":" + url.getPort())
                    + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
            String host = url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
            return builder.copy().uri(URI.create(target)).header("Host", host).build();
        } catch (IllegalArgumentException e) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.atWarn()
                        .addKeyValue("error", e.toString())
                        .log("DNS pinning unavailable: start the JVM with -D" + RESTRICTED + "=host");
            }
            return builder.build();
        }
    }

    private static String literal(InetAddress address) {
        String text = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + text.split("%", 2)[0] + "]" : text;
    }
}
