package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigException;
import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * Runs one stage as its own service against an existing Kafka cluster until SIGTERM or Ctrl-C, then stops it
 * cleanly (in-flight work committed or handed back) and exits 0. Missing topics are created first.
 */
abstract class StageCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Starts the stage and registers its metrics and readiness with {@code ops}; the returned handle stops it. */
    abstract AutoCloseable start(Settings settings, Map<String, Object> kafkaProps, Optional<OpsEndpoint> ops);

    abstract String stageName();

    @Override
    public Integer call() throws Exception {
        Settings settings = config.load();
        String bootstrap = settings.optional(ConfigKeys.BOOTSTRAP_SERVERS)
                .orElseThrow(() -> new ConfigException("kafka.bootstrap-servers must be set for 'dealwire "
                        + stageName() + "' (use --bootstrap-servers, or 'dealwire run' for the embedded broker)"));
        Map<String, Object> props = new HashMap<>(settings.kafkaClientSettings());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            new TopicCreator(admin, settings.integer(ConfigKeys.TOPIC_REPLICATION)).createMissing(Topics.ALL);
        }
        PrintWriter out = spec.commandLine().getOut();
        GracefulShutdown shutdown = GracefulShutdown.onSignal();
        Optional<OpsEndpoint> ops = OpsEndpoint.start(settings);
        ops.ifPresent(o -> o.watchBroker(props));
        try (AutoCloseable stage = start(settings, props, ops)) {
            out.printf("dealwire %s: running against %s (Ctrl-C or SIGTERM to stop)%n", stageName(), bootstrap);
            out.flush();
            shutdown.awaitStopRequest();
            out.printf("dealwire %s: stopping%n", stageName());
            out.flush();
        } finally {
            ops.ifPresent(OpsEndpoint::close);
            shutdown.closed();
        }
        return 0;
    }
}
