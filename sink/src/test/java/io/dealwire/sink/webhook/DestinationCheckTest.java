package io.dealwire.sink.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationCheckTest {
    private final DestinationCheck check =
            new DestinationCheck(Set.of("LocalHost", "10.1.2.3"), InetAddress::getAllByName);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.0.0.1",
                "172.16.5.4",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "224.0.0.1",
                "[::1]",
                "[fe80::1]",
                "[fd00:ec2::254]",
                "[::]",
                "[::ffff:127.0.0.1]"
            })
    void refusesInternalAddresses(String host) throws Exception {
        assertThat(check.refusal(URI.create("https://" + host + "/hook")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("resolves to internal address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "100.128.0.1", "172.32.0.1", "[2606:4700::1111]"})
    void letsPublicAddressesThrough(String host) throws Exception {
        assertThat(check.refusal(URI.create("https://" + host + "/hook"))).isEmpty();
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsInternal() throws Exception {
        DestinationCheck mixed = new DestinationCheck(Set.of(), host ->
                new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});

        assertThat(mixed.refusal(URI.create("https://hooks.example/x")))
                .contains("hooks.example resolves to internal address 10.0.0.7");
    }

    @Test
    void letsAllowListedHostsThroughWhateverTheyResolveTo() throws Exception {
        assertThat(check.refusal(URI.create("http://localhost:8080/x"))).isEmpty();
        assertThat(check.refusal(URI.create("http://10.1.2.3/x"))).isEmpty();
    }

    @Test
    void refusesOtherSchemes() throws Exception {
        assertThat(check.refusal(URI.create("ftp://93.184.216.34/x")))
                .contains("scheme must be http or https, was ftp");
    }
}
