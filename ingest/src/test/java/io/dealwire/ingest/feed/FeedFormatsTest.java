package io.dealwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.ingest.TestConfigs;
import io.dealwire.ingest.article.ArticleAssembler;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.HttpFetcher;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.RawArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedFormatsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private static final String JSON_FEED = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Fusiones", "language": "es-ES",
             "items": [
              {"id": "j-1", "url": "/n/1", "title": "Grupo compra cadena hotelera",
               "content_html": "<p>El grupo cerró la compra.</p>", "date_published": "2026-11-21T09:30:00+01:00",
               "authors": [{"name": "Ana Ruiz"}]},
              {"id": "j-2", "external_url": "https://otro.example/n/2", "title": "Sin fecha",
               "content_text": "Texto <plano>", "date_modified": "2099-01-01T00:00:00Z"}
             ]}""";
    private final LocalHttpServer server = new LocalHttpServer();
    private final IngestConfig config = TestConfigs.allowing(server.hostAndPort());
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)), config);
    private final FeedPoller poller = new FeedPoller(
            fetcher, new ArticleAssembler(fetcher, false), config, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L);
    private final FeedDefinition definition = FeedDefinition.newBuilder()
            .setFeedId("feed-1")
            .setUrl(server.url("/feed").toString())
            .setTags(List.of())
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    private PollResult pollServing(String contentType, String body) {
        server.serve("/feed", contentType, body);
        return poller.poll(definition, FeedPoller.freshState(definition));
    }

    @Test
    void readsJsonFeed11() {
        PollResult result = pollServing("application/feed+json", JSON_FEED);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        RawArticle first = result.articles().get(0);
        assertThat(first.getUrl()).isEqualTo(server.url("/n/1").toString());
        assertThat(first.getGuid()).isEqualTo("j-1");
        assertThat(first.getText()).isEqualTo("El grupo cerró la compra.");
        assertThat(first.getAuthor()).isEqualTo("Ana Ruiz");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2026-11-21T08:30:00Z"));
        assertThat(first.getPublishedAtSource()).isEqualTo("FEED_PUBLISHED");
        assertThat(first.getLanguageHint()).isEqualTo("es");
        RawArticle second = result.articles().get(1);
        assertThat(second.getUrl()).isEqualTo("https://otro.example/n/2");
        assertThat(second.getText()).isEqualTo("Texto <plano>");
        assertThat(second.getPublishedAtSource()).isEqualTo("FETCH_TIME"); // far-future date ignored
    }

    @Test
    void jsonThatIsNotAJsonFeedIsNotAFeed() {
        assertThat(pollServing("application/json", "{\"version\": \"2\", \"items\": []}")
                        .state()
                        .getLastError())
                .isEqualTo("NOT_A_FEED");
    }

    @Test
    void brokenJsonIsMalformedAndCutJsonIsTruncated() {
        assertThat(pollServing("application/json", "{\"version\": ]").state().getLastError())
                .isEqualTo("MALFORMED_XML");
        server.serve("/cut", "application/json", JSON_FEED.substring(0, 200));
        FeedDefinition cut = FeedDefinition.newBuilder(definition)
                .setUrl(server.url("/cut").toString())
                .build();
        assertThat(poller.poll(cut, FeedPoller.freshState(cut)).state().getLastError())
                .isEqualTo("TRUNCATED");
    }

    @Test
    void xmlCutShortIsTruncatedNotMalformed() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a";

        assertThat(pollServing("application/rss+xml", rss).state().getLastError())
                .isEqualTo("TRUNCATED");
    }

    @Test
    void xmlWithMismatchedTagsIsMalformed() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</channel></rss>";

        assertThat(pollServing("application/rss+xml", rss).state().getLastError())
                .isEqualTo("MALFORMED_XML");
    }

    @Test
    void itemsBeyondTheCapAreDropped() throws FeedParseException {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>many</title>");
        for (int i = 0; i < 50; i++) {
            rss.append("<item><guid>g").append(i).append("</guid><title>t</title></item>");
        }
        rss.append("</channel></rss>");

        ParsedFeed feed = new FeedParser(10)
                .parse(
                        rss.toString().getBytes(StandardCharsets.UTF_8),
                        Optional.empty(),
                        URI.create("https://example.org/feed"),
                        NOW);

        assertThat(feed.items()).hasSize(10);
        assertThat(feed.items().get(9).guid()).contains("g9");
    }

    @Test
    void deeplyNestedJsonIsRejectedNotACrash() {
        String deep =
                "{\"version\":\"https://jsonfeed.org/version/1.1\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> new FeedParser()
                        .parse(
                                deep.getBytes(StandardCharsets.UTF_8),
                                Optional.empty(),
                                URI.create("https://e.org/"),
                                NOW))
                .isInstanceOf(FeedParseException.class)
                .extracting(e -> ((FeedParseException) e).code())
                .isEqualTo(FetchOutcome.MALFORMED_XML);
    }
}
