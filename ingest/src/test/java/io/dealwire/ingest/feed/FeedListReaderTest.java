package io.dealwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.schemas.avro.FeedDefinition;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListReaderTest {
    private final FeedListReader reader = new FeedListReader();

    @Test
    void readsEntriesWithDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, """
                feeds:
                  - url: https://affaires.example.fr/rss
                    name: Le Fil des Affaires
                    language: fr
                    tags: [m-and-a, europe]
                  - url: https://ticker.example.de/atom
                    enabled: false
                """);

        List<FeedDefinition> feeds = reader.read(file);

        assertThat(feeds).hasSize(2);
        FeedDefinition first = feeds.get(0);
        assertThat(first.getFeedId()).isEqualTo(FeedIds.of("https://affaires.example.fr/rss"));
        assertThat(first.getName()).isEqualTo("Le Fil des Affaires");
        assertThat(first.getLanguageHint()).isEqualTo("fr");
        assertThat(first.getTags()).containsExactly("m-and-a", "europe");
        assertThat(first.getEnabled()).isTrue();
        FeedDefinition second = feeds.get(1);
        assertThat(second.getName()).isNull();
        assertThat(second.getTags()).isEmpty();
        assertThat(second.getEnabled()).isFalse();
    }

    @Test
    void feedIdIgnoresCaseOfHostAndTrackingParameters() {
        assertThat(FeedIds.of("https://Affaires.Example.fr/rss?utm_source=x"))
                .isEqualTo(FeedIds.of("https://affaires.example.fr/rss"));
    }

    @Test
    void namesSourceIndexAndValueOfABadUrl() {
        assertThatThrownBy(() -> read("feeds:\n  - url: https://a.example/rss\n  - url: ftp://b.example/rss\n"))
                .hasMessage("feeds.yaml: feeds[1].url must be an absolute http(s) URL, was ftp://b.example/rss");
    }

    @Test
    void rejectsBadLanguage() {
        assertThatThrownBy(() -> read("feeds:\n  - url: https://a.example/rss\n    language: French\n"))
                .hasMessage("feeds.yaml: feeds[0].language must be a lower-case ISO 639-1 code, was French");
    }

    @Test
    void rejectsUnknownKey() {
        assertThatThrownBy(() -> read("feeds:\n  - url: https://a.example/rss\n    lang: fr\n"))
                .hasMessageStartingWith("feeds.yaml: feeds[0] must only have keys")
                .hasMessageEndingWith(", was lang");
    }

    @Test
    void rejectsDuplicateFeeds() {
        assertThatThrownBy(() -> read("feeds:\n  - url: https://a.example/rss\n  - url: https://A.example/rss#x\n"))
                .hasMessage(
                        "feeds.yaml: feeds[1].url must be unique, was https://A.example/rss#x (same feed as feeds[0])");
    }

    @Test
    void rejectsMissingList() {
        assertThatThrownBy(() -> read("sources: []\n")).hasMessage("feeds.yaml: feeds must be a list, was null");
    }

    @Test
    void rejectsNonBooleanEnabled() {
        assertThatThrownBy(() -> read("feeds:\n  - url: https://a.example/rss\n    enabled: maybe\n"))
                .hasMessage("feeds.yaml: feeds[0].enabled must be true or false, was \"maybe\"");
    }

    private List<FeedDefinition> read(String yaml) throws Exception {
        return reader.read(new StringReader(yaml), "feeds.yaml");
    }
}
