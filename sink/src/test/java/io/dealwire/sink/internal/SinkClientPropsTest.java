package io.dealwire.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkClientPropsTest {

    @Test
    void consumerSettingsCannotWeakenDeliveryGuarantees() {
        Map<String, Object> passed = new LinkedHashMap<>();
        passed.put("bootstrap.servers", "localhost:9092");
        passed.put("enable.auto.commit", true);
        passed.put("isolation.level", "read_uncommitted");
        passed.put("acks", "1");

        Map<String, Object> consumerProps = SinkClientProps.consumer("dealwire-sink-jsonl", passed);
        Map<String, Object> producerProps = SinkClientProps.producer(passed);

        assertThat(consumerProps)
                .containsEntry("bootstrap.servers", "localhost:9092")
                .containsEntry("group.id", "dealwire-sink-jsonl")
                .containsEntry("enable.auto.commit", false)
                .containsEntry("isolation.level", "read_committed")
                .containsEntry("auto.offset.reset", "earliest")
                .containsEntry("session.timeout.ms", 10_000)
                .containsEntry("heartbeat.interval.ms", 2_000)
                .doesNotContainKey("acks");
        assertThat(producerProps)
                .containsEntry("bootstrap.servers", "localhost:9092")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .doesNotContainKeys("enable.auto.commit", "isolation.level");
    }

    @Test
    void passedSessionTimeoutWins() {
        Map<String, Object> consumerProps = SinkClientProps.consumer("g", Map.of("session.timeout.ms", 6_000));

        assertThat(consumerProps).containsEntry("session.timeout.ms", 6_000);
    }
}
