package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.ingest.article.PageExtractor;
import io.dealwire.ingest.backfill.ArchiveReader;
import io.dealwire.ingest.backfill.BackfillImporter;
import io.dealwire.ingest.backfill.JsonLinesArchiveReader;
import io.dealwire.ingest.backfill.WarcArchiveReader;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dealwire backfill}: import articles that never passed through the feeds. */
@Command(
        name = "backfill",
        mixinStandardHelpOptions = true,
        description = "Imports articles from WARC files (e.g. Common Crawl's CC-NEWS; HTML responses are extracted "
                + "like fetched pages) and JSON Lines dumps ({\"url\", \"text\", optional \"title\", "
                + "\"publishedAt\", \"language\"}) into news.articles.raw, where the enrich stage picks them up. "
                + "Prints progress and a rate; an interrupted import resumes after its last committed batch when "
                + "run again.")
final class BackfillCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "WARC (.warc, .warc.gz) or JSON Lines (.jsonl) files.")
    List<Path> files;

    @Option(
            names = "--format",
            defaultValue = "auto",
            description = "auto (by file name), warc or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--batch-size",
            defaultValue = "500",
            description = "Articles per transaction and checkpoint (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Settings settings = config.load();
        Map<String, Object> props = FeedsCommand.kafkaProps(settings);
        try (Admin admin = Admin.create(props)) {
            new TopicCreator(admin, settings.integer(ConfigKeys.TOPIC_REPLICATION)).createMissing(Topics.ALL);
        }
        BackfillImporter importer = new BackfillImporter(
                props, settings.path(ConfigKeys.DATA_DIR).resolve("backfill"), batchSize, Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("backfill file not found: " + file);
            }
            try (ArchiveReader reader = open(file, settings)) {
                var done = importer.importFile(file, reader, p -> {
                    double seconds = Math.max(0.001, p.elapsed().toMillis() / 1000.0);
                    out.printf(
                            Locale.ROOT,
                            "\r%s: %d records read, %d articles published, %d skipped, %.0f articles/s%s",
                            file.getFileName(),
                            p.recordsRead(),
                            p.published(),
                            p.skipped(),
                            p.published() / seconds,
                            p.resumedAt() > 0 ? " (resumed after record " + p.resumedAt() + ")" : "");
                    out.flush();
                });
                out.printf("%n%s: done, %d articles published%n", file.getFileName(), done.published());
                out.flush();
            }
        }
        return 0;
    }

    private ArchiveReader open(Path file, Settings settings) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean warc =
                format.equals("warc") || format.equals("auto") && (name.endsWith(".warc") || name.endsWith(".warc.gz"));
        boolean jsonl =
                format.equals("jsonl") || format.equals("auto") && (name.endsWith(".jsonl") || name.endsWith(".json"));
        if (warc) {
            return new WarcArchiveReader(
                    file, new PageExtractor(), settings.longValue(ConfigKeys.INGEST_MAX_BODY), Clock.systemUTC());
        }
        if (jsonl) {
            return new JsonLinesArchiveReader(file, Clock.systemUTC());
        }
        throw new IllegalArgumentException(
                "--format must be warc or jsonl for " + file + " (auto knows .warc, .warc.gz, .jsonl)");
    }
}
