package io.dealwire.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageExtractorTest {
    private final PageExtractor extractor = new PageExtractor();

    @Test
    void findsTheDensestParagraphsWhenThePageHasNoArticleElement() throws IOException {
        ExtractedPage page = extract("page-it.html", Optional.of("text/html; charset=utf-8"));

        assertThat(page.title()).contains("Gruppo tessile acquisisce un lanificio biellese");
        assertThat(page.language()).contains("it");
        assertThat(page.publishedAt()).contains(Instant.parse("2026-11-18T08:40:00Z"));
        assertThat(page.text())
                .startsWith("Gruppo tessile acquisisce un lanificio biellese\n\nIl gruppo Filati Aurora ha firmato")
                .endsWith("Leggi il dossier non valido")
                .doesNotContain("newsletter", "Home", "diritti riservati", "tracker");
        assertThat(page.html())
                .contains("<a href=\"https://cronache.example.it/dossier/tessile\" rel=\"nofollow noopener\">")
                .doesNotContain("onclick", "javascript:");
    }

    @Test
    void usesTheArticleElementAndThePageCharset() throws IOException {
        ExtractedPage page = extract("page-en.html", Optional.of("text/html"));

        assertThat(page.language()).contains("en");
        assertThat(page.publishedAt()).contains(Instant.parse("2026-11-20T14:05:00Z"));
        assertThat(page.text())
                .isEqualTo("Shipping line agrees merger with regional ferry operator\n\n"
                        + "North Channel Lines and Isle Ferries have agreed to combine in an all-share merger that"
                        + " values the enlarged group at roughly £410 million, the companies said on Friday.\n\n"
                        + "Shareholders of North Channel will own 58% of the combined business. The deal still needs"
                        + " approval from the competition regulator, which is expected to look closely at"
                        + " overlapping routes.");
    }

    @Test
    void keepsEveryBlockOfAnArticleSplitIntoSections() {
        String html = """
                <html><body><div id="story">
                <section><p>Die Reederei übernimmt den Hafenbetreiber für 1,2 Milliarden Euro.</p></section>
                <section><p>Die Kartellbehörde muss der Übernahme noch zustimmen.</p>
                <p>Der Abschluss wird im zweiten Quartal erwartet.</p></section>
                </div><div class="teaser"><p>Mehr Nachrichten</p></div></body></html>""";

        ExtractedPage page = extractor.extract(
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.of("text/html; charset=utf-8"),
                URI.create("https://pages.example/a/2"));

        assertThat(page.text())
                .contains("Die Reederei übernimmt", "Kartellbehörde", "zweiten Quartal")
                .doesNotContain("Mehr Nachrichten");
    }

    @Test
    void readsBareDatesAsMidnightUtc() {
        assertThat(PageExtractor.instant("2026-11-18")).contains(Instant.parse("2026-11-18T00:00:00Z"));
        assertThat(PageExtractor.instant("yesterday")).isEmpty();
    }

    private ExtractedPage extract(String fixture, Optional<String> contentType) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
            return extractor.extract(in.readAllBytes(), contentType, URI.create("https://pages.example/a/1"));
        }
    }
}
