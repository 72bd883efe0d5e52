package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigException;
import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.demo.DemoSite;
import io.dealwire.app.ops.OpsEndpoint;
import io.dealwire.app.pipeline.DealConsoleFormat;
import io.dealwire.app.pipeline.DealTail;
import io.dealwire.app.pipeline.LocalPipeline;
import io.dealwire.app.ui.DealDeskService;
import io.dealwire.app.ui.DeskWiring;
import io.dealwire.app.ui.UiConfig;
import io.dealwire.ingest.feed.FeedListReader;
import io.dealwire.schemas.avro.FeedDefinition;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dealwire run}: every stage in one process until Ctrl-C. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Starts the embedded Kafka broker (unless kafka.bootstrap-servers is set), creates the topics, "
                + "imports the feed list and runs ingest, enrich and the JSON Lines sink until Ctrl-C. Deal events"
                + " are printed as they arrive and written to <data-dir>/out/deals.events/. Stopping and starting "
                + "again on the same data directory continues where it stopped.")
final class RunCommand implements Runnable {
    @Mixin
    ConfigOptions config;

    @Option(
            names = "--demo",
            description =
                    "Offline demo: serve bundled feeds and articles on 127.0.0.1 (demo.port) and use them as the feed list; data goes to <data-dir>/demo.")
    boolean demo;

    @Option(
            names = "--feeds",
            paramLabel = "FILE",
            description =
                    "YAML feed list (overrides feeds.file; default: the bundled list of public business and technology feeds).")
    Path feedsFile;

    @Option(
            names = {"-q", "--quiet"},
            description = "Do not print deal events as they arrive.")
    boolean quiet;

    @Option(
            names = "--status-every",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "Print a status line this often; 0 disables (default: ${DEFAULT-VALUE}).")
    int statusEvery;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private GracefulShutdown shutdown;

    @Override
    public void run() {
        Settings settings = config.load();
        PrintWriter out = spec.commandLine().getOut();
        shutdown = GracefulShutdown.onSignal(); // only for the command that runs, never at parse time
        DemoSite site = null;
        try {
            if (demo) {
                site = DemoSite.start(settings.integer(ConfigKeys.DEMO_PORT));
                settings = demoSettings(site);
            }
            List<FeedDefinition> feeds =
                    demo ? readFeeds(new StringReader(site.feedListYaml()), "demo feeds.yaml") : feeds(settings);
            Instant startedAt = Instant.now();
            out.printf(
                    "dealwire: starting with %d feeds, data in %s%n",
                    feeds.size(), settings.string(ConfigKeys.DATA_DIR));
            out.flush();
            UiConfig ui = UiConfig.from(settings);
            Optional<OpsEndpoint> ops = OpsEndpoint.start(settings);
            try (LocalPipeline pipeline = LocalPipeline.start(settings, feeds);
                    DealDeskService desk = ui.enabled() ? startDesk(ui, settings, pipeline, ops) : null) {
                ops.ifPresent(pipeline::bind);
                out.printf("dealwire: running (Ctrl-C to stop); deal events go to %s%n", outputDir(settings));
                String bind = settings.string(ConfigKeys.HTTP_BIND);
                ops.ifPresent(
                        o -> out.printf("dealwire: metrics and health at http://%s:%d/metrics%n", bind, o.port()));
                if (desk != null) {
                    out.printf("dealwire: deal desk at %s%n", desk.url());
                }
                out.flush();
                awaitShutdown(pipeline, startedAt, out);
            } finally {
                ops.ifPresent(OpsEndpoint::close);
            }
            out.println("dealwire: stopped");
            out.flush();
        } finally {
            if (site != null) {
                site.close();
            }
            shutdown.closed();
        }
    }

    private static DealDeskService startDesk(
            UiConfig ui, Settings settings, LocalPipeline pipeline, Optional<OpsEndpoint> ops) {
        return DealDeskService.start(
                ui, DeskWiring.of(settings, pipeline.kafkaProps(), ops.map(OpsEndpoint::registry)));
    }

    private Settings demoSettings(DemoSite site) {
        Map<String, String> overrides = new HashMap<>(config.sets);
        Path dataDir = Path.of(config.load().string(ConfigKeys.DATA_DIR)).resolve("demo");
        overrides.put(ConfigKeys.DATA_DIR.name(), dataDir.toString());
        String host = site.baseUrl().substring("http://".length());
        overrides.put(ConfigKeys.INGEST_ALLOWED.name(), host);
        overrides.putIfAbsent(ConfigKeys.INGEST_MIN_POLL.name(), "10s");
        overrides.putIfAbsent(ConfigKeys.INGEST_POLL.name(), "30s");
        // The demo's articles are days old, so the adaptive interval would stretch to the 6 h cap: keep the demo's
        // feeds polled every few minutes, where their conditional GETs (304) show on the operations page.
        overrides.putIfAbsent(ConfigKeys.INGEST_MAX_POLL.name(), "2m");
        // Every demo feed and page is on one local host: politeness delays would only slow the demo down.
        overrides.putIfAbsent(ConfigKeys.INGEST_HOST_DELAY.name(), "50ms");
        ConfigOptions demoOptions = new ConfigOptions();
        demoOptions.configFile = config.configFile;
        demoOptions.bootstrapServers = config.bootstrapServers;
        demoOptions.sets = overrides;
        return demoOptions.load();
    }

    private List<FeedDefinition> feeds(Settings settings) {
        Optional<Path> file = Optional.ofNullable(feedsFile)
                .or(() -> settings.optional(ConfigKeys.FEEDS_FILE).map(Path::of));
        if (file.isPresent()) {
            try {
                return new FeedListReader().read(file.get());
            } catch (IOException e) {
                throw new ConfigException("cannot read feed list " + file.get() + ": " + e.getMessage());
            }
        }
        var in = RunCommand.class.getResourceAsStream("/io/dealwire/app/feeds.yaml");
        if (in == null) {
            throw new IllegalStateException("the bundled feed list is missing from the jar");
        }
        return readFeeds(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled feeds.yaml");
    }

    private static List<FeedDefinition> readFeeds(Reader reader, String source) {
        try (reader) {
            return new FeedListReader().read(reader, source);
        } catch (IOException e) {
            throw new ConfigException("cannot read feed list " + source + ": " + e.getMessage());
        }
    }

    private Path outputDir(Settings settings) {
        return io.dealwire.app.config.StageConfigs.jsonLinesSink(settings).directory();
    }

    private void awaitShutdown(LocalPipeline pipeline, Instant startedAt, PrintWriter out) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        DealTail console = quiet
                ? null
                : new DealTail(pipeline.kafkaProps(), Optional.of(startedAt), event -> {
                    synchronized (out) {
                        out.println(DealConsoleFormat.format(event));
                        out.flush();
                    }
                });
        Thread consoleThread = null;
        if (console != null) {
            consoleThread = new Thread(() -> console.run(Long.MAX_VALUE), "dealwire-console");
            consoleThread.setDaemon(true);
            consoleThread.start();
        }
        if (statusEvery > 0) {
            timer.scheduleAtFixedRate(
                    () -> {
                        synchronized (out) {
                            out.println("status: " + pipeline.status());
                            out.flush();
                        }
                    },
                    statusEvery,
                    statusEvery,
                    TimeUnit.SECONDS);
        }
        try {
            shutdown.awaitStopRequest();
        } finally {
            out.println("dealwire: stopping");
            out.flush();
            timer.shutdownNow();
            if (console != null) {
                console.close();
                join(consoleThread);
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
