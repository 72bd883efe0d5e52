package io.dealwire.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoSiteTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private DemoSite site;

    @BeforeEach
    void start() {
        site = DemoSite.start(0);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void feedListPointsAtTheSiteItself() {
        String yaml = site.feedListYaml();

        assertThat(yaml).contains(site.baseUrl() + "/feeds/").doesNotContain("${base}");
    }

    @Test
    void everyListedFeedIsServedWithItsLinksResolvedAndEveryLinkedPageExists() throws Exception {
        Matcher feeds = Pattern.compile("url: \"?(\\S+?)\"?\\s").matcher(site.feedListYaml());
        int count = 0;
        while (feeds.find()) {
            HttpResponse<String> feed = get(feeds.group(1), null);
            assertThat(feed.statusCode()).as(feeds.group(1)).isEqualTo(200);
            assertThat(feed.body()).doesNotContain("${base}");
            Matcher links = Pattern.compile(Pattern.quote(site.baseUrl()) + "/articles/[^<\"\\s]+\\.html")
                    .matcher(feed.body());
            while (links.find()) {
                assertThat(get(links.group(), null).statusCode())
                        .as(links.group())
                        .isEqualTo(200);
            }
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(5);
    }

    @Test
    void unchangedFileAnswersConditionalGetWith304() throws Exception {
        String url = firstFeedUrl();
        String etag = get(url, null).headers().firstValue("ETag").orElseThrow();

        assertThat(get(url, etag).statusCode()).isEqualTo(304);
    }

    @Test
    void unknownPathsAndTraversalAre404() throws Exception {
        assertThat(get(site.baseUrl() + "/feeds/missing.xml", null).statusCode())
                .isEqualTo(404);
        assertThat(get(site.baseUrl() + "/../feeds.yaml", null).statusCode()).isEqualTo(404);
        assertThat(get(site.baseUrl() + "/articles/", null).statusCode()).isEqualTo(404);
    }

    private String firstFeedUrl() {
        Matcher m = Pattern.compile("url: \"?(\\S+?)\"?\\s").matcher(site.feedListYaml());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
