package io.dealwire.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.TestConfigs;
import io.dealwire.ingest.article.ArticleAssembler;
import io.dealwire.ingest.feed.FeedPoller;
import io.dealwire.ingest.feed.PollResult;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SitemapFeedTest {
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private final LocalHttpServer server = new LocalHttpServer();
    private final IngestConfig config = TestConfigs.allowing(server.hostAndPort());
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)), config);
    private final FeedPoller poller = new FeedPoller(
            fetcher, new ArticleAssembler(fetcher, false), config, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L);
    private final FeedDefinition definition = FeedDefinition.newBuilder()
            .setFeedId("sitemap-1")
            .setUrl(server.url("/news-sitemap.xml").toString())
            .setTags(List.of())
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    private PollResult pollServing(String body) {
        server.serve("/news-sitemap.xml", "application/xml", body);
        return poller.poll(definition, FeedPoller.freshState(definition));
    }

    @Test
    void readsANewsSitemapAsAFeed() {
        String base = server.url("").toString();
        PollResult result = pollServing("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%s/n/hafen</loc>
                    <news:news><news:publication><news:name>Wirtschaft</news:name><news:language>de</news:language>
                    </news:publication><news:publication_date>2026-11-21T08:00:00+01:00</news:publication_date>
                    <news:title>Reederei übernimmt Hafenbetreiber</news:title></news:news></url>
                  <url><loc>%s/n/alt</loc><lastmod>2026-11-20</lastmod></url>
                </urlset>""".formatted(base, base));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        RawArticle first = result.articles().get(0);
        assertThat(first.getUrl()).isEqualTo(base + "/n/hafen");
        assertThat(first.getTitle()).isEqualTo("Reederei übernimmt Hafenbetreiber");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2026-11-21T07:00:00Z"));
        assertThat(first.getPublishedAtSource()).isEqualTo("FEED_PUBLISHED");
        assertThat(first.getLanguageHint()).isEqualTo("de");
        RawArticle second = result.articles().get(1);
        assertThat(second.getPublishedAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(second.getPublishedAtSource()).isEqualTo("FEED_UPDATED");
    }

    @Test
    void sitemapIndexListingOnlyOtherHostsIsNotAFeed() {
        PollResult result = pollServing("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/sitemap-news.xml</loc></sitemap>
                </sitemapindex>""");

        assertThat(result.state().getLastError()).isEqualTo("NOT_A_FEED");
        assertThat(result.articles()).isEmpty();
    }

    @Test
    void sitemapIndexReadsItsSitemapsOnTheSameHostNewestFirst() {
        String base = server.url("").toString();
        server.serve("/sitemap-today.xml", "application/xml", urlset(base + "/n/today"));
        server.serve("/sitemap-older.xml", "application/xml", urlset(base + "/n/older"));
        PollResult result = pollServing("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s/sitemap-older.xml</loc><lastmod>2026-11-20</lastmod></sitemap>
                  <sitemap><loc>https://elsewhere.example/sitemap.xml</loc><lastmod>2026-11-22</lastmod></sitemap>
                  <sitemap><loc>%s/sitemap-today.xml</loc><lastmod>2026-11-21</lastmod></sitemap>
                </sitemapindex>""".formatted(base, base));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.articles())
                .extracting(RawArticle::getUrl)
                .containsExactly(base + "/n/today", base + "/n/older");
        assertThat(result.state().getEtag()).isNull();
        assertThat(server.requests())
                .extracting(LocalHttpServer.Request::path)
                .containsExactly("/news-sitemap.xml", "/sitemap-today.xml", "/sitemap-older.xml");
    }

    @Test
    void anIndexInsideASitemapIndexIsNotFollowed() {
        String base = server.url("").toString();
        server.serve("/inner-index.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s/deeper.xml</loc></sitemap>
                </sitemapindex>""".formatted(base));
        server.serve("/deeper.xml", "application/xml", urlset(base + "/n/deep"));
        PollResult result = pollServing("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s/inner-index.xml</loc></sitemap>
                </sitemapindex>""".formatted(base));

        assertThat(result.state().getLastError()).isEqualTo("NOT_A_FEED");
        assertThat(result.articles()).isEmpty();
        assertThat(server.requests())
                .extracting(LocalHttpServer.Request::path)
                .containsExactly("/news-sitemap.xml", "/inner-index.xml");
    }

    private static String urlset(String loc) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s</loc></url></urlset>""".formatted(loc);
    }

    @Test
    void sitemapWithDoctypeIsRefused() {
        PollResult result = pollServing("""
                <?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>""");

        assertThat(result.state().getLastError()).isEqualTo("MALFORMED_XML");
    }
}
