package io.dealwire.app.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker and KRaft controller running in this JVM, from the real Kafka server code.
 *
 * <p>Storage is formatted on the first start in {@code dataDir}; later starts on the same directory keep every
 * topic, offset and transaction. Use {@link #start(BrokerSettings)} and close it to shut down cleanly.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDir;

    private EmbeddedBroker(KafkaRaftServer server, String bootstrapServers, Path logDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
    }

    /** Formats storage if needed, starts the broker and waits until it answers metadata requests. */
    public static EmbeddedBroker start(BrokerSettings settings) {
        Path logDir = settings.dataDir().resolve("kafka").toAbsolutePath();
        int port = settings.port() == 0 ? freePort() : settings.port();
        int controllerPort = freePort();
        Map<String, String> config =
                BrokerProperties.singleNode(NODE_ID, port, controllerPort, logDir, settings.overrides());
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir, config);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
        Properties props = new Properties();
        props.putAll(config);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        EmbeddedBroker broker = new EmbeddedBroker(server, "127.0.0.1:" + port, logDir);
        broker.awaitReady(settings.startTimeout());
        log.info("embedded Kafka broker ready bootstrapServers={} dataDir={}", broker.bootstrapServers, logDir);
        return broker;
    }

    private static void format(Path logDir, Map<String, String> config) throws Exception {
        String clusterId = Uuid.randomUuid().toString();
        new Formatter()
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setIgnoreFormatted(true)
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .run();
        log.info(
                "formatted Kafka storage clusterId={} dir={} listeners={}", clusterId, logDir, config.get("listeners"));
    }

    private void awaitReady(Duration timeout) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis()))) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IllegalStateException("embedded broker not ready after " + timeout + ": " + e, e);
        }
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The directory holding the broker's logs and metadata. */
    public Path logDir() {
        return logDir;
    }

    /** Shuts the broker down cleanly and waits for it; safe to call twice. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("embedded Kafka broker stopped dataDir={}", logDir);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
