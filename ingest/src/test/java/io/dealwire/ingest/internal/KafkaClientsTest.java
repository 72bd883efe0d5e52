package io.dealwire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.TestConfigs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {
    private static final Map<String, Object> USER = Map.of(
            "bootstrap.servers", "127.0.0.1:1",
            "isolation.level", "read_uncommitted",
            "transactional.id", "theirs",
            "acks", "1",
            "group.id", "theirs",
            "max.poll.interval.ms", 60_000);

    @Test
    void exactlyOnceSettingsCannotBeOverridden() {
        var config = TestConfigs.allowing();

        assertThat(KafkaClients.producerProps(config, USER))
                .containsEntry("transactional.id", "dealwire-ingest-test")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("bootstrap.servers", "127.0.0.1:1");
        assertThat(KafkaClients.feedConsumerProps(config, USER))
                .containsEntry("group.id", "dealwire-ingest")
                .containsEntry("isolation.level", "read_committed")
                .containsEntry("enable.auto.commit", false)
                .containsEntry("max.poll.interval.ms", 60_000);
        assertThat(KafkaClients.stateConsumerProps(config, USER))
                .doesNotContainKey("group.id")
                .containsEntry("isolation.level", "read_committed");
    }

    @Test
    void clientsCanBeMadeFromBootstrapServersAlone() {
        KafkaClients clients = KafkaClients.of(TestConfigs.allowing(), Map.of("bootstrap.servers", "127.0.0.1:1"));

        try (var producer = clients.producer();
                var feeds = clients.feedConsumer();
                var states = clients.stateConsumer()) {
            assertThat(producer).isNotNull();
            assertThat(feeds.subscription()).isEmpty();
            assertThat(states.assignment()).isEmpty();
        }
    }
}
