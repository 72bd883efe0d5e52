package io.dealwire.app.testing;

import io.dealwire.app.broker.BrokerSettings;
import io.dealwire.app.broker.EmbeddedBroker;
import java.nio.file.Path;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A fresh Kafka broker for one test: the embedded KRaft broker by default, an {@code apache/kafka} container under
 * {@code -Pcontainers} (see {@link TestBackend}).
 */
public abstract sealed class TestKafka implements AutoCloseable {
    /** The image the container backend runs; a 4.x broker like the embedded one. */
    static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:4.3.1");

    /** Starts a broker; {@code dataDir} holds the embedded broker's log (unused by a container). */
    public static TestKafka start(Path dataDir) {
        return switch (TestBackend.current()) {
            case EMBEDDED -> new Embedded(EmbeddedBroker.start(BrokerSettings.of(dataDir, 0)));
            case CONTAINERS -> {
                TestBackend.assumeDocker();
                KafkaContainer container = new KafkaContainer(IMAGE);
                container.start();
                yield new Container(container);
            }
        };
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public abstract String bootstrapServers();

    @Override
    public abstract void close();

    private static final class Embedded extends TestKafka {
        private final EmbeddedBroker broker;

        Embedded(EmbeddedBroker broker) {
            this.broker = broker;
        }

        @Override
        public String bootstrapServers() {
            return broker.bootstrapServers();
        }

        @Override
        public void close() {
            broker.close();
        }
    }

    private static final class Container extends TestKafka {
        private final KafkaContainer container;

        Container(KafkaContainer container) {
            this.container = container;
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
