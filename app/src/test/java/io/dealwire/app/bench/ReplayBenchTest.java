package io.dealwire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.app.testing.TestPostgres;
import io.dealwire.enrich.article.ArticleEnricher;
import io.dealwire.schemas.avro.RawArticle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The replay benchmark's articles, and one small run of it end to end (no speed is asserted). */
class ReplayBenchTest {

    @Test
    void articlesAreTheSameForASeedAndIndexAndDifferAcrossIndexes() {
        assertThat(ReplayBenchArticles.article(7, 42)).isEqualTo(ReplayBenchArticles.article(7, 42));
        assertThat(ReplayBenchArticles.article(7, 42).getText())
                .isNotEqualTo(ReplayBenchArticles.article(7, 43).getText());
        assertThat(ReplayBenchArticles.article(7, 42).getArticleId())
                .isNotEqualTo(ReplayBenchArticles.article(8, 42).getArticleId());
    }

    @Test
    void articlesSpanSixLanguagesDetectedAsWrittenAndAboutAThirdReportDeals() {
        ArticleEnricher enricher = ArticleEnricher.withDefaults();
        Set<String> languages = new HashSet<>();
        int withDeals = 0;
        int misdetected = 0;
        for (int i = 0; i < 600; i++) {
            RawArticle article = ReplayBenchArticles.article(1, i);
            var enrichment = enricher.enrich(article);
            languages.add(enrichment.article().getLanguage());
            String written = article.getFeedId().substring("bench-".length());
            misdetected += enrichment.article().getLanguage().equals(written) ? 0 : 1;
            withDeals += enrichment.deals().isEmpty() ? 0 : 1;
        }
        assertThat(languages).containsExactlyInAnyOrder("en", "fr", "de", "es", "it", "pt");
        assertThat(misdetected).isLessThan(6);
        // A third of the bodies report a deal; headlines are drawn apart from the body, and a deal-worded headline
        // ("X to buy Y", "X rachète Y") over a body without a deal is read as the deal it announces.
        assertThat(withDeals).isBetween(120, 360);
    }

    @Test
    void aSmallRunWritesARowForEveryEnrichedArticleAndDealEvent() throws Exception {
        StringWriter text = new StringWriter();
        int status;
        try (TestPostgres postgres = TestPostgres.start()) {
            status = ReplayBench.run(
                    new ReplayBench.Options(
                            400, 100, postgres.url(), Duration.ofSeconds(2), 1, 100, Duration.ofMinutes(3), Map.of()),
                    new PrintWriter(text, true));
        }

        assertThat(status).as(text.toString()).isZero();
        Matcher done = Pattern.compile(
                        "done: 500 articles enriched \\(0 duplicates, 0 dead letters\\), (\\d+) deal events")
                .matcher(text.toString());
        assertThat(done.find()).as(text.toString()).isTrue();
        assertThat(text.toString())
                .contains("rows: " + done.group(1) + " deal_mentions, ")
                .contains(" deals, 500 articles; ")
                .contains("measured: 400 articles after 100 to warm up")
                .containsPattern("end to end: +[0-9.]+ s, [0-9]+ articles/s")
                .containsPattern("cold, the whole run: 500 articles in [0-9.]+ s");
    }
}
