package io.dealwire.ingest.opml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.ingest.LocalHttpServer;
import io.dealwire.schemas.avro.FeedDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpmlReaderTest {
    private final OpmlReader reader = new OpmlReader();

    private OpmlReader.Import read(String opml) {
        return reader.read(new ByteArrayInputStream(opml.getBytes(StandardCharsets.UTF_8)), "subs.opml");
    }

    @Test
    void readsFeedsWithNamesLanguagesAndFolderTags() {
        OpmlReader.Import result = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Subscriptions</title></head><body>
                  <outline text="M and A">
                    <outline text="Europe">
                      <outline type="rss" text="Fusions" title="Fusions FR" xmlUrl="https://fusions.example.fr/rss"
                               language="fr-FR"/>
                    </outline>
                    <outline type="rss" text="Deals" xmlUrl="https://deals.example/atom.xml"/>
                  </outline>
                  <outline type="rss" text="Top" xmlUrl="https://top.example/feed"/>
                </body></opml>""");

        assertThat(result.feeds())
                .extracting(FeedDefinition::getUrl)
                .containsExactly(
                        "https://fusions.example.fr/rss", "https://deals.example/atom.xml", "https://top.example/feed");
        FeedDefinition first = result.feeds().get(0);
        assertThat(first.getName()).isEqualTo("Fusions FR");
        assertThat(first.getLanguageHint()).isEqualTo("fr");
        assertThat(first.getTags()).containsExactly("m-and-a", "europe");
        assertThat(result.feeds().get(1).getTags()).containsExactly("m-and-a");
        assertThat(result.feeds().get(2).getTags()).isEmpty();
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void skipsAndListsBadAndRepeatedUrls() {
        OpmlReader.Import result = read("""
                <opml version="1.0"><body>
                  <outline xmlUrl="https://a.example/rss"/>
                  <outline xmlUrl="https://a.example/rss?utm_source=reader"/>
                  <outline xmlUrl="ftp://b.example/rss"/>
                </body></opml>""");

        assertThat(result.feeds()).hasSize(1);
        assertThat(result.skipped())
                .containsExactly(
                        "repeated feed: https://a.example/rss?utm_source=reader",
                        "not an absolute http(s) URL: ftp://b.example/rss");
    }

    @Test
    void refusesExternalEntitiesWithoutTouchingTheCanary() {
        try (LocalHttpServer canary = new LocalHttpServer()) {
            canary.serve("/dtd", "application/xml-dtd", "<!ENTITY leak 'x'>");
            String opml = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY % ext SYSTEM \"" + canary.url("/dtd")
                    + "\"> %ext; <!ENTITY file SYSTEM \"file:///etc/passwd\">]>"
                    + "<opml><body><outline text=\"&file;\" xmlUrl=\"https://a.example/rss\"/></body></opml>";

            assertThatThrownBy(() -> read(opml)).isInstanceOf(IllegalArgumentException.class);
            assertThat(canary.requests()).isEmpty();
        }
    }

    @Test
    void refusesBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE opml [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");

        assertThatThrownBy(() -> read(dtd + "<opml><body><outline text=\"&l9;\"/></body></opml>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAbsurdNesting() {
        String deep = "<outline text=\"f\">".repeat(100) + "</outline>".repeat(100);

        assertThatThrownBy(() -> read("<opml><body>" + deep + "</body></opml>"))
                .hasMessageContaining("nesting deeper than 64");
    }
}
