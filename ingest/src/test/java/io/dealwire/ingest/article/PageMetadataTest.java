package io.dealwire.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private final PageMetadata metadata = new PageMetadata();

    private static Document page(String head) {
        return Jsoup.parse("<html><head>" + head + "</head><body><h1>Heading</h1></body></html>");
    }

    @Test
    void dublinCoreTitleComesBeforeOpenGraph() {
        Document page = page("<title>Element</title><meta property=\"og:title\" content=\"Graph\">"
                + "<meta name=\"DC.title\" content=\"Dublin Core\">");

        assertThat(PageMetadata.title(page)).contains("Dublin Core");
    }

    @Test
    void readsSpaceSeparatedProperties() {
        Document page = page("<title>Element</title><meta property=\"twitter:title og:title\" content=\"Shared\">");

        assertThat(PageMetadata.title(page)).contains("Shared");
    }

    @Test
    void titleElementLosesItsTrailingSiteName() {
        assertThat(PageMetadata.title(page("<title>Reederei übernimmt Hafenbetreiber | Wirtschaft Heute</title>")))
                .contains("Reederei übernimmt Hafenbetreiber");
        assertThat(PageMetadata.title(page("<title>Merger - Done | Site</title>")))
                .contains("Merger - Done | Site");
    }

    @Test
    void noTitleFallsBackToTheFirstHeading() {
        assertThat(PageMetadata.title(page(""))).contains("Heading");
    }

    @Test
    void jsonLdPublicationTimeComesFirst() {
        Document page = page("<meta property=\"article:published_time\" content=\"2026-11-20 09:00:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2026-11-20T08:00:00+01:00\"}</script>");

        assertThat(metadata.published(page)).contains(Instant.parse("2026-11-20T07:00:00Z"));
    }

    @Test
    void readsTheTimeFormsPagesUse() {
        assertThat(PageMetadata.instant("2026-11-20 09:53:00 -0400")).contains(Instant.parse("2026-11-20T13:53:00Z"));
        assertThat(PageMetadata.instant("2026-11-20T06:00")).contains(Instant.parse("2026-11-20T06:00:00Z"));
        assertThat(PageMetadata.instant("2026-11-20T10:52:50+0100")).contains(Instant.parse("2026-11-20T09:52:50Z"));
        assertThat(PageMetadata.instant("2026-11-20T08:00:00.250Z"))
                .contains(Instant.parse("2026-11-20T08:00:00.250Z"));
        assertThat(PageMetadata.instant("2026-11-20")).contains(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(PageMetadata.instant("20 novembre 2026")).isEmpty();
    }

    @Test
    void parselyDateIsReadWhenNothingElseIs() {
        Document page = page("<meta name=\"parsely-pub-date\" content=\"2026-11-19T04:20:00.000Z\">");

        assertThat(metadata.published(page)).contains(Instant.parse("2026-11-19T04:20:00Z"));
    }

    @Test
    void readsJsonLdWrappedInACdataSection() {
        Document page = page("<script type=\"application/ld+json\">\n  //<![CDATA[\n"
                + "  {\"@type\":\"NewsArticle\",\"headline\":\"Brightwater buys Keel\",\n"
                + "   \"datePublished\":\"2025-03-04T08:15:00+01:00\",}\n  //]]>\n</script>"
                + "<meta property=\"article:published_time\" content=\"2025-03-09T00:00:00Z\">");

        assertThat(metadata.published(page)).contains(Instant.parse("2025-03-04T07:15:00Z"));
    }

    @Test
    void fallsBackToLooserMetaDatesAndMarkedTimeElements() {
        assertThat(metadata.published(page("<meta name=\"date\" content=\"2024-11-02\">")))
                .contains(Instant.parse("2024-11-02T00:00:00Z"));
        Document marked = Jsoup.parse("<html><body><article><time class=\"published\" datetime=\"2023-05-06T10:00Z\">"
                + "6 May</time><p>Text</p></article></body></html>");
        assertThat(metadata.published(marked)).contains(Instant.parse("2023-05-06T10:00:00Z"));
        assertThat(metadata.published(page("<meta name=\"description\" content=\"2024-11-02\">")))
                .isEmpty();
    }
}
