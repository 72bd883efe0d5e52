package io.dealwire.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.sink.webhook.WebhookEndpoint;
import io.dealwire.sink.webhook.WebhookSinkConfig;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookEndpointsFileTest {
    private static final String SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @TempDir
    Path dir;

    @Test
    void readsEveryEndpointWithItsFiltersNextToTheSingleUrl() throws Exception {
        Path file = write("endpoints:\n"
                + "  - id: crm\n"
                + "    url: https://hooks.example.com/deals\n"
                + "    secret: " + SECRET + "\n"
                + "    types: [ACQUISITION, merger]\n"
                + "    languages: fr, de\n"
                + "    min-amount: 100000000 EUR\n"
                + "  - id: archive\n"
                + "    url: https://archive.example.org/in\n"
                + "    secret: " + SECRET + "\n");
        WebhookSinkConfig config = StageConfigs.webhookSink(Settings.of(Map.of(
                        "sink.webhook.url",
                        "https://one.example.net/hook",
                        "sink.webhook.secret",
                        SECRET,
                        "sink.webhook.endpoints-file",
                        file.toString())))
                .orElseThrow();

        assertThat(config.endpoints()).extracting(WebhookEndpoint::id).containsExactly("default", "crm", "archive");
        WebhookEndpoint crm = config.endpoints().get(1);
        assertThat(crm.url()).hasToString("https://hooks.example.com/deals");
        assertThat(crm.filter().types()).isEqualTo(Set.of(DealType.ACQUISITION, DealType.MERGER));
        assertThat(crm.filter().languages()).isEqualTo(Set.of("fr", "de"));
        assertThat(crm.filter().minAmount().map(m -> m.value())).contains(new BigDecimal("100000000"));
        assertThat(config.endpoints().get(2).filter().types()).isEmpty();
    }

    @Test
    void noUrlAndNoFileMeansNoWebhookSink() {
        assertThat(StageConfigs.webhookSink(Settings.of(Map.of()))).isEqualTo(Optional.empty());
    }

    @Test
    void namesTheEntryAndFieldThatIsWrong() throws Exception {
        Path unknown = write(
                "endpoints:\n  - id: a\n    url: https://a.example/\n    secret: " + SECRET + "\n    colour: blue\n");
        assertThatThrownBy(() -> StageConfigs.webhookSink(settings(unknown)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sink.webhook.endpoints-file endpoints[0].colour is not a field");

        Path noSecret = write("endpoints:\n  - id: a\n    url: https://a.example/\n    secret: " + SECRET
                + "\n  - id: b\n    url: https://b.example/\n");
        assertThatThrownBy(() -> StageConfigs.webhookSink(settings(noSecret)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sink.webhook.endpoints-file endpoints[1].secret must be set");

        Path twice = write("endpoints:\n  - id: a\n    url: https://a.example/\n    secret: " + SECRET
                + "\n  - id: a\n    url: https://b.example/\n    secret: " + SECRET + "\n");
        assertThatThrownBy(() -> StageConfigs.webhookSink(settings(twice)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be unique");
    }

    private static Settings settings(Path file) {
        return Settings.of(Map.of("sink.webhook.endpoints-file", file.toString()));
    }

    private Path write(String yaml) throws Exception {
        Path file = Files.createTempFile(dir, "endpoints", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
