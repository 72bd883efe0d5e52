package io.dealwire.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.app.testing.TestPostgres;
import io.dealwire.enrich.ReplayService;
import io.dealwire.enrich.article.ArticleEnricher;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.language.LanguageDetector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline into a real PostgreSQL ({@code DEALWIRE_TEST_PG_URL}, default the local server of the
 * project's machines); skipped with a message where none answers. A restart re-reads the unchanged feed and the
 * tables keep one row per deal event.
 */
class PostgresPipelineTest {
    private TestPostgres postgres;

    @TempDir
    Path dataDir;

    private final String schema = "dealwire_it_" + Long.toHexString(System.nanoTime());
    private TestWire site;

    @BeforeEach
    void prepare() throws Exception {
        postgres = TestPostgres.start();
        try (Connection c = DriverManager.getConnection(postgres.url())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        site = new TestWire();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (site != null) {
            site.close();
            try (Connection c = DriverManager.getConnection(postgres.url())) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void dealsReachPostgresOnceAcrossARestart() throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(settings(), site.feeds())) {
            await().ignoreExceptions()
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> targets().containsAll(List.of("Lumelight Analytics", "Koalys", "Trellis")));
            await().atMost(Duration.ofSeconds(30)).until(() -> count("deals") >= 3 && count("articles") >= 4);
        }
        long mentions = count("deal_mentions");
        long deals = count("deals");

        try (LocalPipeline pipeline = LocalPipeline.start(settings(), site.feeds())) {
            await().during(Duration.ofSeconds(6))
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> count("deal_mentions") == mentions);
        }

        assertThat(count("deal_mentions")).isEqualTo(mentions);
        assertThat(count("deals")).isEqualTo(deals);
        assertThat(query("SELECT type || '/' || amount_currency FROM deal_mentions m JOIN deal_parties p "
                        + "ON p.event_id = m.event_id WHERE p.name = 'Lumelight Analytics' AND p.role = 'TARGET'"))
                .containsExactly("ACQUISITION/USD");
    }

    @Test
    void replayFromEarliestKeepsRowsForTheSameExtractorAndUpgradesThemForANewerOne() throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(settings(), site.feeds())) {
            await().ignoreExceptions()
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> targets().containsAll(List.of("Lumelight Analytics", "Koalys", "Trellis")));
            List<String> before = mentions();

            replay(pipeline, DealExtractor.VERSION);
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> mentions().equals(before));

            replay(pipeline, "9.9.9-replay-test");
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> query("SELECT DISTINCT extractor_version FROM deal_mentions")
                            .equals(List.of("9.9.9-replay-test")));
            assertThat(count("deal_mentions")).isEqualTo(before.size());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> query("SELECT DISTINCT extractor_version FROM deals")
                            .equals(List.of("9.9.9-replay-test")));
        }
    }

    private void replay(LocalPipeline pipeline, String version) throws InterruptedException {
        Settings settings = settings();
        ArticleEnricher enricher = new ArticleEnricher(
                LanguageDetector.forLanguages(List.of("en", "fr", "de")), DealExtractor.withDefaultLexicons(), version);
        var done = new ReplayService(
                        StageConfigs.enrich(settings, 1), pipeline.kafkaProps(), enricher, Clock.systemUTC())
                .run(Instant.EPOCH, Optional.empty(), p -> {});
        assertThat(done.done()).isEqualTo(done.total()).isGreaterThanOrEqualTo(4);
    }

    /** Every deal mention with the values a user reads, in a stable order. */
    private List<String> mentions() throws SQLException {
        return query(
                "SELECT event_id || '|' || deal_id || '|' || type || '|' || coalesce(amount_value::text, '') || '|' "
                        + "|| extractor_version FROM deal_mentions ORDER BY event_id");
    }

    private Settings settings() {
        return Settings.of(Map.of(
                "data-dir", dataDir.toString(),
                "broker.port", "0",
                "ingest.allowed-hosts", site.hostAndPort(),
                "ingest.min-poll-interval", "1s",
                "ingest.default-poll-interval", "2s",
                "ingest.per-host-delay", "50ms",
                "sink.jsonl.enabled", "false",
                "sink.postgres.url", postgres.url() + "&currentSchema=" + schema));
    }

    private List<String> targets() throws SQLException {
        return query("SELECT name FROM deal_parties WHERE role = 'TARGET'");
    }

    private long count(String table) throws SQLException {
        try {
            return Long.parseLong(query("SELECT count(*) FROM " + table).get(0));
        } catch (SQLException e) {
            return -1; // not migrated yet
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.url() + "&currentSchema=" + schema);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
