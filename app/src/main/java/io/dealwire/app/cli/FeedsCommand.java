package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigException;
import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.app.pipeline.TopicSnapshot;
import io.dealwire.ingest.feed.FeedListReader;
import io.dealwire.ingest.feed.FeedRegistry;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dealwire feeds import|list}: the feed registry in {@code ingest.feeds} and each feed's health. */
@Command(
        name = "feeds",
        mixinStandardHelpOptions = true,
        description =
                "Imports feed lists into ingest.feeds and shows every feed with its health from ingest.feed-state.",
        subcommands = {FeedsCommand.Import.class, FeedsCommand.ListFeeds.class})
final class FeedsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Map<String, Object> kafkaProps(Settings settings) {
        Map<String, Object> props = new HashMap<>(StageConfigs.clientProps(settings));
        return props;
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Publishes the feeds of a YAML feed list to ingest.feeds (creating missing topics first); "
                    + "running ingest instances pick them up. Without FILE, imports the bundled list of public feeds.")
    static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "YAML feed list (see the README).")
        Path file;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Settings settings = config.load();
            List<FeedDefinition> feeds = read();
            Map<String, Object> props = kafkaProps(settings);
            try (Admin admin = Admin.create(props)) {
                new TopicCreator(admin, settings.integer(ConfigKeys.TOPIC_REPLICATION)).createMissing(Topics.ALL);
            }
            FeedRegistry.publish(props, feeds);
            spec.commandLine().getOut().printf("imported %d feeds into %s%n", feeds.size(), Topics.FEEDS.name());
            spec.commandLine().getOut().flush();
            return 0;
        }

        private List<FeedDefinition> read() throws IOException {
            if (file != null) {
                return new FeedListReader().read(file);
            }
            var in = FeedsCommand.class.getResourceAsStream("/io/dealwire/app/feeds.yaml");
            if (in == null) {
                throw new ConfigException("the bundled feed list is missing from the jar");
            }
            try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new FeedListReader().read(reader, "bundled feeds.yaml");
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description =
                    "Prints every feed of ingest.feeds with its last success, failures, last error and next poll.")
    static final class ListFeeds implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, Object> props = kafkaProps(config.load());
            Map<String, FeedDefinition> feeds = TopicSnapshot.latest(props, Topics.FEEDS);
            Map<String, FeedState> states = TopicSnapshot.latest(props, Topics.FEED_STATE);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "%-16s %-7s %-20s %-20s %5s %-22s %6s  %s%n",
                    "feed", "enabled", "last success", "next poll", "fails", "last error", "items", "url");
            feeds.values().stream()
                    .sorted(Comparator.comparing(FeedDefinition::getUrl))
                    .forEach(f -> {
                        FeedState s = states.get(f.getFeedId());
                        out.printf(
                                "%-16s %-7s %-20s %-20s %5s %-22s %6s  %s%n",
                                f.getFeedId(),
                                f.getEnabled(),
                                s == null ? "never polled" : time(s.getLastSuccessAt()),
                                s == null ? "-" : time(s.getNextPollAt()),
                                s == null ? "-" : s.getConsecutiveFailures(),
                                s == null || s.getLastError() == null ? "-" : error(s),
                                s == null ? "-" : s.getItemsSeen(),
                                f.getUrl() + redirects(f, s));
                    });
            out.printf("%d feeds%n", feeds.size());
            out.flush();
            return 0;
        }

        /** Where a permanent redirect moved the feed, and a redirect seen but not yet followed. */
        static String redirects(FeedDefinition f, FeedState s) {
            if (s == null) {
                return "";
            }
            StringBuilder note = new StringBuilder();
            if (s.getUrl() != null && !s.getUrl().equals(f.getUrl())) {
                note.append("  (polled at ").append(s.getUrl()).append(')');
            }
            if (s.getRedirectSightings() > 0 && s.getRedirectTarget() != null) {
                note.append("  (permanent redirect to ")
                        .append(s.getRedirectTarget())
                        .append(" seen ")
                        .append(s.getRedirectSightings())
                        .append(s.getRedirectSightings() == 1 ? " time)" : " times)");
            }
            return note.toString();
        }

        private static String time(Instant t) {
            return t == null
                    ? "-"
                    : t.toString().substring(0, Math.min(19, t.toString().length()));
        }

        private static String error(FeedState s) {
            return s.getLastError() + (s.getLastStatusCode() == null ? "" : " (" + s.getLastStatusCode() + ")");
        }
    }
}
