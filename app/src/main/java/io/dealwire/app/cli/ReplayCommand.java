package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.enrich.EnrichConfig;
import io.dealwire.enrich.ReplayService;
import io.dealwire.enrich.article.ArticleEnricher;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.language.LanguageDetector;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dealwire replay}: re-enrich history from news.articles.raw with the current extractor. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Re-enriches stored articles from news.articles.raw with the current extractor, without fetching"
                + " any site, while live processing goes on. Output records carry the current extractorVersion; "
                + "deal events keep their eventId, so sinks replace older versions instead of adding rows. Runs "
                + "until the span is done, printing progress; Ctrl-C stops it (a later replay starts over).")
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "WHEN",
            description = "'earliest', an ISO instant or a date (UTC).")
    String from;

    @Option(
            names = "--to",
            paramLabel = "WHEN",
            description = "Stop before this instant or date (default: the end of the topic when the replay starts).")
    String to;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = config.load();
        Instant start = TailCommand.start(from)
                .orElseThrow(
                        () -> new IllegalArgumentException("--from must be earliest, an instant or a date, not now"));
        Optional<Instant> end = to == null ? Optional.empty() : TailCommand.start(to);
        Map<String, Object> props = new HashMap<>(StageConfigs.clientProps(settings));
        EnrichConfig enrich = StageConfigs.enrich(settings, settings.integer(ConfigKeys.TOPIC_REPLICATION));
        ArticleEnricher enricher = new ArticleEnricher(
                LanguageDetector.forLanguages(enrich.languages()),
                DealExtractor.withDefaultLexicons(),
                DealExtractor.VERSION);
        PrintWriter out = spec.commandLine().getOut();
        ReplayService.Progress done = new ReplayService(enrich, props, enricher, Clock.systemUTC())
                .run(start, end, p -> {
                    double seconds = Math.max(1, p.elapsed().toSeconds());
                    out.printf(
                            Locale.ROOT,
                            "replay: %d/%d raw records (%.0f%%), %d articles enriched, %.0f records/s%n",
                            p.done(),
                            p.total(),
                            p.total() == 0 ? 100.0 : 100.0 * p.done() / p.total(),
                            p.enriched(),
                            p.done() / seconds);
                    out.flush();
                });
        out.printf(
                "replay: done, %d raw records re-enriched with extractor %s in %ds%n",
                done.total(), DealExtractor.VERSION, done.elapsed().toSeconds());
        out.flush();
        return 0;
    }
}
