package io.dealwire.app.cli;

import io.dealwire.app.config.StageConfigs;
import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.inspect.Inspectors;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dealwire inspect}: shows what ingest makes of one feed or page, as JSON. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Shows what ingest makes of one source, as JSON: fetched like ingest fetches (destination guard,"
                + " robots.txt, ingest.* limits) when given an http(s) URL, read from disk otherwise. Nothing is "
                + "published.",
        subcommands = {InspectCommand.Feed.class, InspectCommand.Page.class})
final class InspectCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static IngestConfig ingestConfig(ConfigOptions config) {
        return StageConfigs.ingest(config.load());
    }

    private static void print(picocli.CommandLine.Model.CommandSpec spec, Object report) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(Inspectors.toJson(report));
        out.flush();
    }

    /** {@code dealwire inspect feed FILE|URL}. */
    @Command(
            name = "feed",
            mixinStandardHelpOptions = true,
            description =
                    "Prints the feed's format, title and items (id, link, title, publication time and its source), "
                            + "or the typed error fetching or parsing stopped at (e.g. NOT_A_FEED, TRUNCATED, "
                            + "BLOCKED_DESTINATION).")
    static final class Feed implements Runnable {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "FILE|URL", description = "A feed file, or an http(s) URL.")
        String source;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            print(
                    spec,
                    Inspectors.feeds(ingestConfig(config), Clock.systemUTC()).inspect(source));
        }
    }

    /** {@code dealwire inspect page FILE|URL}. */
    @Command(
            name = "page",
            mixinStandardHelpOptions = true,
            description =
                    "Prints what the page extractor finds: title, byline, publication time, language hint and main "
                            + "text, or the typed error fetching stopped at.")
    static final class Page implements Runnable {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "FILE|URL", description = "An HTML file, or an http(s) URL.")
        String source;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            print(
                    spec,
                    Inspectors.pages(ingestConfig(config), Clock.systemUTC()).inspect(source));
        }
    }
}
