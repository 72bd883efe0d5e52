package io.dealwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestConfigTest {
    private final IngestConfig d = IngestConfig.defaults();

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(d.groupId()).isEqualTo("dealwire-ingest");
        assertThat(d.userAgent()).isEqualTo("dealwire/0.1 (+https://github.com/dealwire/dealwire)");
        assertThat(d.userAgentHeader()).isEqualTo(d.userAgent());
        assertThat(d.defaultPollInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.fetchTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(d.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(d.fetchArticlePages()).isTrue();
        assertThat(d.allowedHosts()).isEmpty();
        assertThat(d.transactionalId()).isEqualTo("dealwire-ingest-" + d.instanceId());
    }

    @Test
    void politenessDefaultsAreTheDocumentedOnes() {
        assertThat(d.robotsCacheTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(d.robotsErrorRetry()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.maxCrawlDelay()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.perHostDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(d.workers()).isEqualTo(16);
        assertThat(d.permanentRedirectSightings()).isEqualTo(3);
        assertThat(d.maxFeedItems()).isEqualTo(5000);
    }

    @Test
    void rejectsZeroWorkers() {
        assertThatThrownBy(() -> d.withPoliteness(Duration.ZERO, Duration.ZERO, 0))
                .hasMessage("ingest.workers must be between 1 and 256, was 0");
    }

    @Test
    void rejectsNegativePerHostDelay() {
        assertThatThrownBy(() -> d.withPoliteness(Duration.ofSeconds(-1), Duration.ZERO, 1))
                .hasMessage("ingest.per-host-delay must be a duration >= 0, was PT-1S");
    }

    @Test
    void rejectsZeroTimeout() {
        assertThatThrownBy(() -> with(Duration.ZERO, d.maxBodyBytes()))
                .hasMessage("ingest.fetch-timeout must be a positive duration, was PT0S");
    }

    @Test
    void rejectsTinyBodyCap() {
        assertThatThrownBy(() -> with(d.fetchTimeout(), 10))
                .hasMessage("ingest.max-body-bytes must be >= 1024, was 10");
    }

    @Test
    void rejectsUserAgentWithoutDealwire() {
        assertThatThrownBy(() -> new IngestConfig(
                        d.groupId(),
                        d.transactionalIdPrefix(),
                        d.instanceId(),
                        "curl/8",
                        d.contactUrl(),
                        d.minPollInterval(),
                        d.defaultPollInterval(),
                        d.maxPollInterval(),
                        d.fetchTimeout(),
                        d.maxBodyBytes(),
                        true,
                        Set.of()))
                .hasMessage("ingest.user-agent must name dealwire, was curl/8");
    }

    @Test
    void normalisesAllowedHosts() {
        assertThat(d.withAllowedHosts(Set.of(" LocalHost:8080 ")).allowedHosts())
                .containsExactly("localhost:8080");
    }

    private IngestConfig with(Duration timeout, long maxBody) {
        return new IngestConfig(
                d.groupId(),
                d.transactionalIdPrefix(),
                d.instanceId(),
                d.userAgent(),
                d.contactUrl(),
                d.minPollInterval(),
                d.defaultPollInterval(),
                d.maxPollInterval(),
                timeout,
                maxBody,
                true,
                Set.of());
    }
}
