package io.dealwire.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresSinkConfigTest {
    private static final String URL = "jdbc:postgresql://db:5432/dealwire";

    @Test
    void printsPasswordsAsStars() {
        PostgresSinkConfig config = new PostgresSinkConfig(
                URL + "?password=hunter2&ssl=true",
                "dealwire",
                "s3cret",
                "g",
                10,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10));

        assertThat(config.toString())
                .contains("password=****&ssl=true", "password=****,")
                .doesNotContain("hunter2", "s3cret");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        PostgresSinkConfig config = PostgresSinkConfig.defaults(URL);

        assertThat(config.groupId()).isEqualTo("dealwire-sink-postgres");
        assertThat(config.batchSize()).isEqualTo(500);
        assertThat(config.pollTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.maxRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void rejectsANonPostgresUrlNamingTheKey() {
        assertThatThrownBy(() -> PostgresSinkConfig.defaults("jdbc:mysql://db/x?password=p"))
                .hasMessage("sink.postgres.url must start with jdbc:postgresql:, was jdbc:mysql://db/x?password=****");
    }

    @Test
    void rejectsABatchSizeOutOfRange() {
        assertThatThrownBy(() -> new PostgresSinkConfig(
                        URL, "", "", "g", 0, Duration.ofMillis(5), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessage("sink.postgres.batch-size must be between 1 and 10000, was 0");
    }
}
