package io.dealwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.FeedDefinition;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedListExampleTest {

    @Test
    void shippedExampleIsValid() throws Exception {
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/io/dealwire/ingest/feeds.example.yaml"), StandardCharsets.UTF_8)) {
            List<FeedDefinition> feeds = new FeedListReader().read(reader, "feeds.example.yaml");

            assertThat(feeds).extracting(FeedDefinition::getLanguageHint).containsExactly("en", "fr", null);
            assertThat(feeds).extracting(FeedDefinition::getEnabled).containsExactly(true, true, false);
        }
    }
}
