package io.dealwire.sink.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses webhook targets that would reach inside the network: loopback, private (RFC 1918, RFC 4193 unique local),
 * carrier-grade NAT, link-local (which holds the cloud metadata address 169.254.169.254), unspecified and multicast
 * addresses, unless the target's host is allow-listed. Every address the host resolves to must pass.
 *
 * <p>The check runs before each delivery; a host that resolves differently between the check and the connection
 * (DNS rebinding) is not caught. Thread-safe.
 */
public final class DestinationCheck {
    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /** A check that lets {@code allowedHosts} (host names or IP literals, any case) through, resolving with DNS. */
    public DestinationCheck(Set<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    /** A check with its own resolver; for tests. */
    public DestinationCheck(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts =
                allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.resolver = Objects.requireNonNull(resolver, "resolver must not be null");
    }

    /**
     * Why {@code url} must not be called, or empty when it may.
     *
     * @throws UnknownHostException when the host cannot be resolved now (a transient failure: retry later)
     */
    public Optional<String> refusal(URI url) throws UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("scheme must be http or https, was " + url.getScheme());
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("URL has no host");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (InetAddress address : resolver.resolve(bareHost)) {
            if (isInternal(address)) {
                return Optional.of(host + " resolves to internal address " + address.getHostAddress());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code address} is one a webhook must not reach unless allow-listed. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // RFC 4193 unique local fc00::/7 (holds AWS's fd00:ec2::254)
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0.0.0.0/8 "this network" (RFC 1122) and 100.64.0.0/10 carrier-grade NAT (RFC 6598)
        return first == 0 || (first == 100 && second >= 64 && second <= 127);
    }
}
