package io.dealwire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.9",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "::1",
                "fd00::1",
                "fe80::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "224.0.0.1"
            })
    void refusesNonPublicAddresses(String address) throws Exception {
        DestinationGuard guard =
                new DestinationGuard(Set.of(), host -> new InetAddress[] {InetAddress.getByName(address)});

        var refused = guard.check(URI.create("http://feeds.example.com/rss"));

        assertThat(refused).get().extracting(FetchResult::outcome).isEqualTo(FetchOutcome.BLOCKED_DESTINATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"})
    void allowsPublicAddresses(String address) throws Exception {
        DestinationGuard guard =
                new DestinationGuard(Set.of(), host -> new InetAddress[] {InetAddress.getByName(address)});

        assertThat(guard.check(URI.create("https://feeds.example.com/rss"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://127.1/", "http://0x7f.0.0.1/", "http://[::1]/"})
    void refusesLoopbackInOddNotations(String url) {
        DestinationGuard guard = new DestinationGuard(Set.of());

        var refused = guard.check(URI.create(url));

        assertThat(refused)
                .get()
                .extracting(FetchResult::outcome)
                .isIn(FetchOutcome.BLOCKED_DESTINATION, FetchOutcome.NETWORK, FetchOutcome.BAD_SCHEME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "gopher://example.com/", "ftp://example.com/feed"})
    void refusesOtherSchemes(String url) {
        var refused = new DestinationGuard(Set.of()).check(URI.create(url));

        assertThat(refused).get().extracting(FetchResult::outcome).isEqualTo(FetchOutcome.BAD_SCHEME);
    }

    @org.junit.jupiter.api.Test
    void refusesCredentialsInUrl() {
        var refused = new DestinationGuard(Set.of("example.com")).check(URI.create("http://user:pw@example.com/"));

        assertThat(refused).get().extracting(FetchResult::detail).isEqualTo("credentials in URL");
    }

    @org.junit.jupiter.api.Test
    void allowListMatchesHostAndPort() {
        DestinationGuard guard = new DestinationGuard(Set.of("127.0.0.1:8080"));

        assertThat(guard.check(URI.create("http://127.0.0.1:8080/feed"))).isEmpty();
        assertThat(guard.check(URI.create("http://127.0.0.1:9090/feed"))).isPresent();
    }
}
