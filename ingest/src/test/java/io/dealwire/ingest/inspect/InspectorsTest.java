package io.dealwire.ingest.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.TestConfigs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorsTest {
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Übernahmen</title><id>urn:x</id>
            <updated>2026-11-20T10:00:00Z</updated>
            <entry><id>urn:e1</id><title>Autozulieferer übernommen</title><link href="https://news.example/e1"/>
            <updated>2026-11-20T10:00:00Z</updated></entry>
            </feed>""";
    private static final String PAGE = """
            <!DOCTYPE html><html lang="pt-BR"><head><title>Compra aprovada</title>
            <meta name="author" content="Joana Lima">
            <meta property="article:published_time" content="2026-11-19T12:00:00-03:00"></head>
            <body><nav>Menu</nav><article><h1>Compra aprovada</h1>
            <p>O conselho aprovou a compra da rede de farmácias.</p></article></body></html>""";
    private final LocalHttpServer server = new LocalHttpServer();
    private final IngestConfig config =
            TestConfigs.allowing(server.hostAndPort()).withPoliteness(Duration.ZERO, Duration.ZERO, 1);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void inspectsAFeedFile() throws Exception {
        Path file = Files.writeString(dir.resolve("feed.xml"), ATOM, StandardCharsets.UTF_8);

        FeedInspector.FeedReport report = Inspectors.feeds(config, clock).inspect(file.toString());

        assertThat(report.error()).isNull();
        assertThat(report.format()).isEqualTo("atom_1.0");
        assertThat(report.title()).isEqualTo("Übernahmen");
        assertThat(report.language()).isNull(); // Rome does not carry Atom's xml:lang over
        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("urn:e1");
            assertThat(item.link()).isEqualTo("https://news.example/e1");
            assertThat(item.publishedAt()).isEqualTo("2026-11-20T10:00:00Z");
            assertThat(item.publishedAtSource()).isEqualTo("FEED_UPDATED");
        });
    }

    @Test
    void inspectsAFeedUrlAndReportsTypedErrors() {
        server.serve("/feed", "application/atom+xml", ATOM);
        server.serve("/page", "text/html", "<!DOCTYPE html><html><body>no feed</body></html>");
        FeedInspector inspector = Inspectors.feeds(config, clock);

        FeedInspector.FeedReport ok = inspector.inspect(server.url("/feed").toString());
        FeedInspector.FeedReport html = inspector.inspect(server.url("/page").toString());
        FeedInspector.FeedReport missing =
                inspector.inspect(server.url("/missing").toString());
        FeedInspector.FeedReport blocked = inspector.inspect("http://169.254.169.254/latest/meta-data");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.items()).hasSize(1);
        assertThat(html.error()).isEqualTo("NOT_A_FEED");
        assertThat(missing.error()).isEqualTo("HTTP_STATUS");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(blocked.error()).isEqualTo("BLOCKED_DESTINATION");
    }

    @Test
    void inspectsAPageAndPrintsJson() {
        server.serve("/a", "text/html; charset=utf-8", PAGE);

        PageInspector.PageReport report =
                Inspectors.pages(config, clock).inspect(server.url("/a").toString());
        String json = Inspectors.toJson(report);

        assertThat(report.title()).isEqualTo("Compra aprovada");
        assertThat(report.byline()).isEqualTo("Joana Lima");
        assertThat(report.publishedAt()).isEqualTo("2026-11-19T15:00:00Z");
        assertThat(report.language()).isEqualTo("pt");
        assertThat(report.text())
                .contains("O conselho aprovou a compra da rede de farmácias.")
                .doesNotContain("Menu");
        assertThat(json).contains("\"byline\" : \"Joana Lima\"").doesNotContain("\"error\"");
    }

    @Test
    void missingFileIsATypedError() {
        PageInspector.PageReport report =
                Inspectors.pages(config, clock).inspect(dir.resolve("nope.html").toString());

        assertThat(report.error()).isEqualTo("NETWORK");
        assertThat(report.detail()).startsWith("cannot read file");
    }
}
