package io.dealwire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JsonLinesSinkConfigTest {

    @Test
    void defaultsMatchTheDocumentation() {
        JsonLinesSinkConfig config = JsonLinesSinkConfig.defaults();

        assertThat(config.directory()).isEqualTo(Path.of("data/out"));
        assertThat(config.groupId()).isEqualTo("dealwire-sink-jsonl");
        assertThat(config.pollTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.maxRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsABlankGroupIdNamingTheKey() {
        assertThatThrownBy(() -> JsonLinesSinkConfig.defaults().withGroupId(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sink.jsonl.group-id must be non-blank, was \" \"");
    }

    @Test
    void rejectsAPollTimeoutOutOfRange() {
        assertThatThrownBy(() -> new JsonLinesSinkConfig(
                        Path.of("out"), "g", Duration.ZERO, JsonLinesSinkConfig.DEFAULT_MAX_RETRY_BACKOFF))
                .hasMessage("sink.jsonl.poll-timeout must be between 1 ms and 1 min, was PT0S");
    }

    @Test
    void rejectsAMissingDirectory() {
        assertThatThrownBy(() -> JsonLinesSinkConfig.defaults().withDirectory(null))
                .hasMessage("sink.jsonl.directory must be a non-empty path, was null");
    }

    @Test
    void rejectsATinyRetryBackoff() {
        assertThatThrownBy(
                        () -> new JsonLinesSinkConfig(Path.of("out"), "g", Duration.ofSeconds(1), Duration.ofMillis(1)))
                .hasMessage("sink.jsonl.max-retry-backoff must be at least 10 ms, was PT0.001S");
    }
}
