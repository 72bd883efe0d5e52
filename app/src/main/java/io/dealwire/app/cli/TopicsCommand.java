package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.TopicSpec;
import io.dealwire.schemas.topic.Topics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dealwire topics describe|create}: the topic catalogue against a real cluster. */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description =
                "Shows or applies the topic catalogue (partitions, replication, retention, compaction) on a cluster.",
        subcommands = {TopicsCommand.Describe.class, TopicsCommand.Create.class})
final class TopicsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Admin admin(ConfigOptions config) {
        Settings settings = config.load();
        Map<String, Object> props = new HashMap<>(StageConfigs.clientProps(settings));
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        return Admin.create(props);
    }

    @Command(
            name = "describe",
            mixinStandardHelpOptions = true,
            description = "Prints each catalogue topic as the cluster has it, or 'missing'.")
    static final class Describe implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Admin admin = admin(config)) {
                Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
                out.printf(
                        "%-24s %10s %8s %-8s %-14s %s%n",
                        "topic", "partitions", "replicas", "cleanup", "retention.ms", "purpose");
                for (TopicSpec<?> spec : Topics.ALL) {
                    if (!existing.contains(spec.name())) {
                        out.printf(
                                "%-24s %10s %8s %-8s %-14s %s%n",
                                spec.name(), "missing", "-", "-", "-", spec.purpose());
                        continue;
                    }
                    TopicDescription d = admin.describeTopics(List.of(spec.name()))
                            .allTopicNames()
                            .get()
                            .get(spec.name());
                    Config c = admin.describeConfigs(
                                    List.of(new ConfigResource(ConfigResource.Type.TOPIC, spec.name())))
                            .all()
                            .get()
                            .values()
                            .iterator()
                            .next();
                    out.printf(
                            "%-24s %10d %8d %-8s %-14s %s%n",
                            spec.name(),
                            d.partitions().size(),
                            d.partitions().get(0).replicas().size(),
                            c.get(TopicConfig.CLEANUP_POLICY_CONFIG).value(),
                            c.get(TopicConfig.RETENTION_MS_CONFIG).value(),
                            spec.purpose());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description =
                    "Creates the catalogue's missing topics; with --partitions, also grows existing topics to that "
                            + "many partitions. It never shrinks a topic (Kafka cannot) and refuses when asked to.")
    static final class Create implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(
                names = "--partitions",
                paramLabel = "N",
                description = "Partitions per topic (default: the catalogue's).")
        Integer partitions;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<TopicSpec<?>> specs = new ArrayList<>();
            for (TopicSpec<?> t : Topics.ALL) {
                specs.add(partitions == null ? t : withPartitions(t, partitions));
            }
            try (Admin admin = admin(config)) {
                if (partitions != null) {
                    grow(admin, out);
                }
                List<String> created = new TopicCreator(admin, config.load().integer(ConfigKeys.TOPIC_REPLICATION))
                        .createMissing(specs);
                out.println(created.isEmpty() ? "all catalogue topics exist" : "created " + String.join(", ", created));
            }
            out.flush();
            return 0;
        }

        private void grow(Admin admin, PrintWriter out) throws Exception {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            Map<String, NewPartitions> increases = new HashMap<>();
            for (TopicSpec<?> t : Topics.ALL) {
                if (!existing.contains(t.name())) {
                    continue;
                }
                int now = admin.describeTopics(List.of(t.name()))
                        .allTopicNames()
                        .get()
                        .get(t.name())
                        .partitions()
                        .size();
                if (partitions < now) {
                    throw new IllegalArgumentException("--partitions " + partitions + " would shrink " + t.name() + " ("
                            + now + " partitions); Kafka cannot remove partitions");
                }
                if (partitions > now) {
                    increases.put(t.name(), NewPartitions.increaseTo(partitions));
                }
            }
            if (!increases.isEmpty()) {
                admin.createPartitions(increases).all().get();
                awaitPartitions(admin, increases.keySet(), partitions);
                out.println("grew " + String.join(", ", increases.keySet()) + " to " + partitions
                        + " partitions (keys written before now may sit on other partitions than new ones)");
            }
        }

        /**
         * Waits (up to 30 s) until the cluster's metadata shows the new partition count, so a {@code describe} run
         * right after this command sees what it did.
         */
        private static void awaitPartitions(Admin admin, java.util.Set<String> topics, int partitions)
                throws Exception {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (true) {
                boolean done = admin.describeTopics(topics).allTopicNames().get().values().stream()
                        .allMatch(d -> d.partitions().size() >= partitions);
                if (done || System.nanoTime() > deadline) {
                    return;
                }
                Thread.sleep(200);
            }
        }

        private static <V> TopicSpec<V> withPartitions(TopicSpec<V> t, int n) {
            return new TopicSpec<>(t.name(), n, t.compacted(), t.retention(), t.valueSerde(), t.purpose());
        }
    }
}
