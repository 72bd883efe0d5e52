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
        // First thing: a SIGTERM while the stage is still starting (config, topics, joining the group) must stop it
        // cleanly with exit code 0 as well, not kill the JVM with 143.
        GracefulShutdown shutdown = GracefulShutdown.onSignal();
        shutdown.interruptWhileStarting(Thread.currentThread());
        try {
            return runUntilStopped(shutdown);
        } catch (Exception e) {
            if (shutdown.stopRequested() && !shutdown.hasStartedUp()) {
                Thread.interrupted();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("dealwire %s: stopped while starting (%s)%n", stageName(), e);
                out.flush();
                return 0;
            }
            throw e;
        } finally {
            shutdown.closed();
        }
    }

    private int runUntilStopped(GracefulShutdown shutdown) throws Exception {
        Settings settings = config.load();
        String bootstrap = settings.optional(ConfigKeys.BOOTSTRAP_SERVERS)
                .orElseThrow(() -> new ConfigException("kafka.bootstrap-servers must be set for 'dealwire "
                        + stageName() + "' (use --bootstrap-servers, or 'dealwire run' for the embedded broker)"));
        Map<String, Object> props = new HashMap<>(settings.kafkaClientSettings());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("dealwire %s: connecting to %s and checking the topics%n", stageName(), bootstrap);
        out.flush();
        try (Admin admin = Admin.create(props)) {
            new TopicCreator(admin, settings.integer(ConfigKeys.TOPIC_REPLICATION)).createMissing(Topics.ALL);
        }
        if (shutdown.stopRequested()) {
            out.printf("dealwire %s: stop requested before the stage started; nothing to stop%n", stageName());
            out.flush();
            return 0;
        }
        Optional<OpsEndpoint> ops = OpsEndpoint.start(settings);
        ops.ifPresent(o -> o.watchBroker(props));
        try (AutoCloseable stage = start(settings, props, ops)) {
            shutdown.startedUp();
            out.printf("dealwire %s: running against %s (Ctrl-C or SIGTERM to stop)%n", stageName(), bootstrap);
            out.flush();
            shutdown.awaitStopRequest();
            out.printf("dealwire %s: stopping%n", stageName());
            out.flush();
        } finally {
            ops.ifPresent(OpsEndpoint::close);
        }
        return 0;
    }
}
