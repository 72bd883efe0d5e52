package io.dealwire.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, before any connection is opened, whether a URL may be fetched: http(s) only, no credentials, and every
 * address its host resolves to must be public, unless {@code host} or {@code host:port} is in the allow-list.
 */
public final class DestinationGuard {
    private final Set<String> allowedHosts;
    private final HostResolver resolver;

    /** Resolves host names; injectable so tests can pin DNS answers. */
    @FunctionalInterface
    public interface HostResolver {
        /** All addresses of {@code host}. */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * A guard with the given allow-list of lower-case {@code host} or {@code host:port} entries, resolving with the
     * system resolver.
     */
    public DestinationGuard(Set<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    /** A guard with an explicit resolver. */
    public DestinationGuard(Set<String> allowedHosts, HostResolver resolver) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.resolver = resolver;
    }

    /**
     * The guard's decision on one URL: refused with the failure to report, or allowed with the address that was
     * checked, which is the one to connect to (DNS pinning: a second lookup could answer differently).
     *
     * @param refusal the failure, when refused
     * @param address the checked address, when allowed
     */
    public record Verdict(Optional<FetchResult> refusal, Optional<InetAddress> address) {}

    /** Empty when {@code url} may be fetched, otherwise the failure to report. */
    public Optional<FetchResult> check(URI url) {
        return verdict(url).refusal();
    }

    /** Decides on {@code url}, resolving its host once; an allow-listed host is resolved but not checked. */
    public Verdict verdict(URI url) {
        Optional<FetchResult> refused = checkUrl(url);
        if (refused.isPresent()) {
            return new Verdict(refused, Optional.empty());
        }
        String host = stripBrackets(url.getHost());
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Verdict(refuse(FetchOutcome.NETWORK, url, "unknown host " + host), Optional.empty());
        }
        if (addresses.length == 0) {
            return new Verdict(refuse(FetchOutcome.NETWORK, url, "no address for " + host), Optional.empty());
        }
        if (!isAllowListed(url)) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return new Verdict(
                            refuse(
                                    FetchOutcome.BLOCKED_DESTINATION,
                                    url,
                                    "host " + host + " resolves to non-public address " + address.getHostAddress()),
                            Optional.empty());
                }
            }
        }
        return new Verdict(Optional.empty(), Optional.of(addresses[0]));
    }

    private Optional<FetchResult> checkUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return refuse(FetchOutcome.BAD_SCHEME, url, "scheme must be http or https, was " + scheme);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return refuse(FetchOutcome.BAD_SCHEME, url, "URL has no host");
        }
        if (url.getRawUserInfo() != null) {
            return refuse(FetchOutcome.BLOCKED_DESTINATION, url, "credentials in URL");
        }
        return Optional.empty();
    }

    private boolean isAllowListed(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return allowedHosts.contains(host) || allowedHosts.contains(host + ":" + port);
    }

    /** Whether {@code address} is routable on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet4Address) {
            return isPublicV4(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(address.getAddress());
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // "this network"
                && first < 224 // multicast, reserved, broadcast
                && !(first == 100 && second >= 64 && second < 128) // RFC 6598 CGNAT
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // RFC 6890 IETF assignments
                && !(first == 198 && (second == 18 || second == 19)); // RFC 2544 benchmarking
    }

    private static boolean isPublicV6(byte[] b) {
        boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // RFC 4193 fc00::/7
        boolean siteLocal = (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0;
        boolean v4Compatible = allZero(b, 0, 12);
        boolean nat64 =
                (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return !uniqueLocal && !siteLocal && !v4Compatible && !nat64;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Optional<FetchResult> refuse(FetchOutcome outcome, URI url, String detail) {
        return Optional.of(FetchResult.failure(outcome, url, 0, detail));
    }
}
