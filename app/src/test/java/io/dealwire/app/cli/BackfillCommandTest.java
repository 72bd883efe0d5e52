package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.app.pipeline.TopicSnapshot;
import io.dealwire.app.testing.TestKafka;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.topic.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

/** Backfill over a WARC file and a JSON Lines dump written by the test, into the embedded broker, twice. */
class BackfillCommandTest {
    private static final Instant CAPTURED = Instant.parse("2026-01-15T10:00:00Z");

    @TempDir
    Path dir;

    private TestKafka broker;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void start() {
        broker = TestKafka.start(dir.resolve("broker"));
    }

    @AfterEach
    void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void importsHtmlResponsesOnceAndResumesInsteadOfRepeating() throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response(
                    "https://wire.example/a/ostrava-buys-kestrel?utm_source=x",
                    200,
                    MediaType.HTML_UTF8,
                    page(
                            "de",
                            "Ostrava kauft Kestrel",
                            "Die Ostrava Gruppe übernimmt den Sensorhersteller Kestrel für 90 Millionen Euro.")));
            writer.write(response("https://wire.example/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            writer.write(response(
                    "https://wire.example/gone", 404, MediaType.HTML_UTF8, page("en", "Not found", "Nothing here.")));
            writer.write(response(
                    "https://wire.example/b/brindle-raises",
                    200,
                    MediaType.HTML_UTF8,
                    page(
                            "en",
                            "Brindle raises",
                            "Brindle Labs raised $30 million in a Series A round led by Tallis Ventures.")));
        }
        Path dump = dir.resolve("dump.jsonl");
        Files.write(
                dump,
                List.of(
                        "{\"url\": \"https://archive.example/2025/quenby\", \"title\": \"Quenby\", \"text\": \"Quenby Foods agreed to buy Ashdown Dairy.\", \"publishedAt\": \"2025-06-01T09:00:00Z\", \"language\": \"en\"}",
                        "{\"url\": \"ftp://archive.example/x\", \"text\": \"no usable URL\"}"));

        assertThat(run("backfill", warc.toString(), dump.toString(), "--batch-size", "1"))
                .isZero();
        assertThat(out.toString())
                .contains("news.warc.gz: done, 2 articles published")
                .contains("dump.jsonl: done, 1 articles published");

        Map<String, RawArticle> raw =
                TopicSnapshot.latest(Map.of("bootstrap.servers", broker.bootstrapServers()), Topics.ARTICLES_RAW);
        assertThat(raw.values())
                .extracting(RawArticle::getUrl)
                .containsExactlyInAnyOrder(
                        "https://wire.example/a/ostrava-buys-kestrel",
                        "https://wire.example/b/brindle-raises",
                        "https://archive.example/2025/quenby");
        RawArticle german = raw.values().stream()
                .filter(a -> a.getUrl().contains("ostrava"))
                .findFirst()
                .orElseThrow();
        assertThat(german.getText()).contains("übernimmt den Sensorhersteller Kestrel");
        assertThat(german.getLanguageHint()).isEqualTo("de");
        assertThat(german.getPublishedAt()).isEqualTo(CAPTURED);
        assertThat(german.getOrigin()).isEqualTo("BACKFILL");

        out.getBuffer().setLength(0);
        assertThat(run("backfill", warc.toString(), dump.toString())).isZero();
        assertThat(out.toString())
                .contains("news.warc.gz: done, 0 articles published")
                .contains("resumed after record 4");
        assertThat(TopicSnapshot.records(Map.of("bootstrap.servers", broker.bootstrapServers()), Topics.ARTICLES_RAW))
                .hasSize(3);
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8))
                .build();
        return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
    }

    private static String page(String lang, String title, String text) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + text + "</p>"
                + "<p>" + text
                + " More on this story as it develops.</p></article><footer>© Wire</footer></body></html>";
    }

    private int run(String... args) {
        CommandLine cli = DealwireCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        String[] all = List.of(args).toArray(new String[args.length + 6]);
        all[args.length] = "--bootstrap-servers";
        all[args.length + 1] = broker.bootstrapServers();
        all[args.length + 2] = "--data-dir";
        all[args.length + 3] = dir.toString();
        all[args.length + 4] = "--set";
        all[args.length + 5] = "topics.replication-factor=1";
        return cli.execute(all);
    }
}
