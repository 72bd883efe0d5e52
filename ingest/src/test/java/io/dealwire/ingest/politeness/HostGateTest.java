package io.dealwire.ingest.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostGateTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final List<Duration> slept = new ArrayList<>();
    private final HostGate gate = new HostGate(clock, duration -> {
        slept.add(duration);
        clock.advance(duration);
    });

    @Test
    void waitsThePauseOfThePreviousRequestToTheSameHost() throws Exception {
        gate.enter("example.org").close(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(2));

        gate.enter("EXAMPLE.org").close(Duration.ZERO);

        assertThat(slept).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void otherHostsDoNotWait() throws Exception {
        gate.enter("a.example").close(Duration.ofSeconds(5));

        gate.enter("b.example").close(Duration.ZERO);

        assertThat(slept).isEmpty();
    }

    @Test
    void reportsBusyAndReadyAt() throws Exception {
        HostGate.Permit permit = gate.enter("example.org");
        boolean busy = gate.isBusy("example.org");
        permit.close(Duration.ofSeconds(10));
        permit.close(Duration.ofHours(1)); // idempotent

        assertThat(busy).isTrue();
        assertThat(gate.isBusy("example.org")).isFalse();
        assertThat(gate.readyAt("example.org")).isEqualTo(clock.instant().plusSeconds(10));
        assertThat(gate.readyAt("never.example")).isEqualTo(Instant.EPOCH);
    }
}
