package io.dealwire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class ReadinessTest {
    @Test
    void notReadyWhileStartingNorWhenTheBrokerDoesNotAnswer() {
        Readiness readiness = new Readiness(Clock.systemUTC()).stage("ingest", () -> true);

        assertThat(readiness.check()).isEqualTo(new Readiness.Status(false, "starting"));

        // Nothing listens on port 1 of loopback.
        try (Admin admin = Admin.create(Map.of(
                "bootstrap.servers", "127.0.0.1:1", "request.timeout.ms", 1000, "default.api.timeout.ms", 1500))) {
            assertThat(readiness.broker(admin).check()).isEqualTo(new Readiness.Status(false, "broker not reachable"));
        }
    }
}
