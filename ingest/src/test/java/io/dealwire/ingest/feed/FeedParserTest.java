package io.dealwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.fetch.FetchOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final Instant FETCHED = Instant.parse("2026-11-22T01:00:00Z");
    private final FeedParser parser = new FeedParser();

    @Test
    void readsRss2WithContentEncodedAndRelativeLinks() throws Exception {
        ParsedFeed feed = parse("rss2-fr.xml", "https://affaires.example.fr/rss");

        assertThat(feed.feedType()).isEqualTo("rss_2.0");
        assertThat(feed.language()).contains("fr");
        FeedItem first = feed.items().get(0);
        assertThat(first.guid()).contains("fil-affaires-10452");
        assertThat(first.title()).isEqualTo("Brasserie Lumière rachète la Coopérative du Vexin");
        assertThat(first.author()).contains("Claire Mercier");
        assertThat(first.summaryHtml()).contains("Le brasseur lyonnais met la main sur son concurrent normand.");
        assertThat(first.contentHtml()).get().asString().startsWith("<p>Le brasseur lyonnais <b>Brasserie Lumière</b>");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-11-21T07:30:00Z"));
        assertThat(first.publishedAtSource()).isEqualTo(PublishedAtSource.FEED_PUBLISHED);
        FeedItem second = feed.items().get(1);
        assertThat(second.guid()).isEmpty();
        assertThat(second.link()).contains("https://affaires.example.fr/2026/11/jeune-pousse-nantaise");
        assertThat(second.publishedAtSource()).isEqualTo(PublishedAtSource.FETCH_TIME);
        assertThat(second.publishedAt()).isEqualTo(FETCHED);
    }

    @Test
    void readsAtomWithPublishedThenUpdated() throws Exception {
        ParsedFeed feed = parse("atom-de.xml", "https://ticker.example.de/atom");

        assertThat(feed.feedType()).isEqualTo("atom_1.0");
        FeedItem first = feed.items().get(0);
        assertThat(first.guid()).contains("tag:ticker.example.de,2026:meldung-881");
        assertThat(first.link()).contains("https://Ticker.Example.DE/meldungen/881#oben");
        assertThat(first.author()).contains("Jonas Feldmann");
        assertThat(first.contentHtml()).get().asString().contains("Nordkai übernimmt den Kühlhausbetreiber");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-11-20T06:15:00Z"));
        assertThat(first.publishedAtSource()).isEqualTo(PublishedAtSource.FEED_PUBLISHED);
        FeedItem second = feed.items().get(1);
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2026-11-21T10:45:00Z"));
        assertThat(second.publishedAtSource()).isEqualTo(PublishedAtSource.FEED_UPDATED);
    }

    @Test
    void readsRss1InLatin1WithDcDate() throws Exception {
        ParsedFeed feed = parse("rss1-es.xml", "https://mercados.example.es/rss");

        assertThat(feed.feedType()).isEqualTo("rss_1.0");
        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Un grupo vinícola adquiere una bodega riojana");
        assertThat(item.guid()).contains("https://mercados.example.es/noticias/adquisicion-bodega");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-11-19T15:20:00Z"));
        assertThat(item.publishedAtSource()).isEqualTo(PublishedAtSource.DC_DATE);
    }

    @Test
    void keepsItemWithoutGuidOrLink() throws Exception {
        ParsedFeed feed = parse("rss2-ja-nodates.xml", "https://keizai.example.jp/rss");

        FeedItem item = feed.items().get(0);
        assertThat(item.guid()).isEmpty();
        assertThat(item.link()).isEmpty();
        assertThat(item.title()).isEqualTo("精密機器メーカーが半導体商社と資本提携");
        assertThat(item.publishedAtSource()).isEqualTo(PublishedAtSource.FETCH_TIME);
    }

    @Test
    void ignoresDatesFarInTheFuture() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>Futur</title>"
                + "<pubDate>Thu, 01 Jan 2099 00:00:00 GMT</pubDate></item></channel></rss>";

        FeedItem item = parser.parse(
                        rss.getBytes(StandardCharsets.UTF_8),
                        Optional.empty(),
                        URI.create("https://x.example/f"),
                        FETCHED)
                .items()
                .get(0);

        assertThat(item.publishedAtSource()).isEqualTo(PublishedAtSource.FETCH_TIME);
        assertThat(item.publishedAt()).isEqualTo(FETCHED);
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>速報</title>"
                + "<item><title>商社が物流会社を買収</title><guid>jp-1</guid></item></channel></rss>";

        ParsedFeed feed = parser.parse(
                rss.getBytes(StandardCharsets.UTF_16),
                Optional.of("text/xml"),
                URI.create("https://x.example/f"),
                FETCHED);

        assertThat(feed.title()).isEqualTo("速報");
        assertThat(feed.items().get(0).title()).isEqualTo("商社が物流会社を買収");
    }

    @Test
    void refusesDoctypeWithoutTouchingTheEntityUrl() {
        try (LocalHttpServer canary = new LocalHttpServer()) {
            canary.serve("/canary", "text/plain", "secret");
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + canary.url("/canary")
                    + "\">]><rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";

            assertCode(xxe, FetchOutcome.MALFORMED_XML);
            assertThat(canary.requests()).isEmpty();
        }
    }

    @Test
    void refusesBillionLaughs() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;\">]><rss version=\"2.0\"><channel><title>&c;</title></channel></rss>";

        assertCode(laughs, FetchOutcome.MALFORMED_XML);
    }

    @Test
    void classifiesHtmlAsNotAFeed() {
        assertCode("\n<!DOCTYPE html><html lang=\"en\"><body>Hello</body></html>", FetchOutcome.NOT_A_FEED);
    }

    @Test
    void classifiesOtherXmlAsNotAFeed() {
        assertCode("<?xml version=\"1.0\"?><invoice><total>12</total></invoice>", FetchOutcome.NOT_A_FEED);
    }

    @Test
    void classifiesEmptyBody() {
        assertCode("  \n ", FetchOutcome.EMPTY_BODY);
    }

    @Test
    void classifiesTruncatedXml() {
        assertCode("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut", FetchOutcome.TRUNCATED);
    }

    @Test
    void xmlNestedTenThousandDeepInAnItemIsATypedError() {
        String deep = "<x>".repeat(10_000) + "</x>".repeat(10_000);
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title>"
                + "<item><title>One</title><link>https://x.example/1</link>" + deep + "</item></channel></rss>";

        assertCode(rss, FetchOutcome.MALFORMED_XML);
    }

    @Test
    void xmlNestedTenThousandDeepAtTheRootIsATypedError() {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Deep</title>" + "<x>".repeat(10_000)
                + "</x>".repeat(10_000) + "</feed>";

        assertCode(atom, FetchOutcome.MALFORMED_XML);
    }

    @Test
    void jsonFeedNestedTenThousandDeepIsATypedError() {
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Deep\",\"items\":[{\"id\":\"1\","
                + "\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}]}";

        assertThatThrownBy(() -> parser.parse(
                        json.getBytes(StandardCharsets.UTF_8),
                        Optional.of("application/feed+json"),
                        URI.create("https://x.example/f"),
                        FETCHED))
                .isInstanceOf(FeedParseException.class);
    }

    private void assertCode(String body, FetchOutcome code) {
        assertThatThrownBy(() -> parser.parse(
                        body.getBytes(StandardCharsets.UTF_8),
                        Optional.empty(),
                        URI.create("https://x.example/f"),
                        FETCHED))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private ParsedFeed parse(String fixture, String url) throws IOException, FeedParseException {
        return parser.parse(fixture(fixture), Optional.of("application/xml"), URI.create(url), FETCHED);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }
}
