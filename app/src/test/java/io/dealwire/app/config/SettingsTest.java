package io.dealwire.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Settings s = Settings.of(Map.of());

        assertThat(s.integer(ConfigKeys.BROKER_PORT)).isEqualTo(19092);
        assertThat(s.duration(ConfigKeys.INGEST_POLL)).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.optional(ConfigKeys.BOOTSTRAP_SERVERS)).isEmpty();
        assertThat(s.list(ConfigKeys.ENRICH_LANGUAGES))
                .startsWith("en", "fr", "de")
                .hasSize(15);
    }

    @Test
    void nestedYamlEnvironmentAndOverridesApplyInThatOrder() throws Exception {
        Path file = dir.resolve("dealwire.yaml");
        Files.writeString(file, """
                data-dir: /var/lib/dealwire
                ingest:
                  fetch-timeout: 45s
                  allowed-hosts: [127.0.0.1:8080, intranet.local]
                enrich:
                  threads: 2
                kafka:
                  client:
                    security.protocol: SSL
                """);

        Settings s = Settings.load(
                Optional.of(file),
                Map.of("DEALWIRE_ENRICH_THREADS", "3", "DEALWIRE_INGEST_FETCH_TIMEOUT", "30s"),
                Map.of("ingest.fetch-timeout", "PT10S"));

        assertThat(s.path(ConfigKeys.DATA_DIR)).isEqualTo(Path.of("/var/lib/dealwire"));
        assertThat(s.integer(ConfigKeys.ENRICH_THREADS)).isEqualTo(3);
        assertThat(s.duration(ConfigKeys.INGEST_TIMEOUT)).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.list(ConfigKeys.INGEST_ALLOWED)).containsExactly("127.0.0.1:8080", "intranet.local");
        assertThat(s.kafkaClientSettings()).containsExactlyEntriesOf(Map.of("security.protocol", "SSL"));
    }

    @Test
    void unknownKeyIsRefusedByName() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "ingest:\n  fetch-timout: 10s\n");

        assertThatThrownBy(() -> Settings.load(Optional.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("ingest.fetch-timout is not a configuration key (see the README's table)");
    }

    @Test
    void badValuesNameTheKeyTheRuleAndTheValue() {
        Settings s = Settings.of(
                Map.of("broker.port", "ninety", "ingest.fetch-timeout", "soon", "ingest.fetch-article-pages", "maybe"));

        assertThatThrownBy(() -> s.integer(ConfigKeys.BROKER_PORT))
                .hasMessage("broker.port must be an integer, was 'ninety'");
        assertThatThrownBy(() -> s.duration(ConfigKeys.INGEST_TIMEOUT))
                .hasMessage("ingest.fetch-timeout must be a duration like 20s, 15m or PT15M, was 'soon'");
        assertThatThrownBy(() -> s.bool(ConfigKeys.INGEST_PAGES))
                .hasMessage("ingest.fetch-article-pages must be true or false, was 'maybe'");
    }

    @Test
    void stageValidationErrorsSurfaceAsConfigErrors() {
        Settings s = Settings.of(Map.of("enrich.threads", "0"));

        assertThatThrownBy(() -> StageConfigs.enrich(s, 1))
                .isInstanceOf(ConfigException.class)
                .hasMessage("enrich.threads must be >= 1, was 0");
    }

    @Test
    void environmentVariableNamesFollowTheKey() {
        assertThat(ConfigKeys.INGEST_ALLOWED.environmentVariable()).isEqualTo("DEALWIRE_INGEST_ALLOWED_HOSTS");
        assertThat(ConfigKeys.DATA_DIR.environmentVariable()).isEqualTo("DEALWIRE_DATA_DIR");
    }
}
