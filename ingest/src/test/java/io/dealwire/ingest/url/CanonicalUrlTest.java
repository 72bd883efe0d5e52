package io.dealwire.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

    @ParameterizedTest
    @CsvSource({
        "HTTPS://News.Example.COM/a/b?utm_source=rss&id=7&fbclid=xyz#top, https://news.example.com/a/b?id=7",
        "http://example.com:80, http://example.com/",
        "https://example.com:8443/x?gclid=1, https://example.com:8443/x",
        "https://example.com/path%20with?q=a%26b, https://example.com/path%20with?q=a%26b",
        "'  https://example.com/a b  ', https://example.com/a%20b",
        "https://bücher.example/neu, https://xn--bcher-kva.example/neu",
        "https://example.com./x?UTM_Campaign=z&b=2&a=1, https://example.com/x?b=2&a=1"
    })
    void canonicalises(String raw, String canonical) {
        assertThat(CanonicalUrl.of(raw)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "/relative/path", "mailto:someone@example.com", "ftp://example.com/x", "javascript:alert(1)"
            })
    void rejectsWhatIsNotAnAbsoluteHttpUrl(String raw) {
        assertThat(CanonicalUrl.of(raw)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void stableIdIsSixteenHexDigitsAndStable() {
        assertThat(StableId.of("https://news.example.com/a")).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(StableId.of("a", "b")).isEqualTo(StableId.of("a", "b")).isNotEqualTo(StableId.of("a\nb", ""));
    }
}
