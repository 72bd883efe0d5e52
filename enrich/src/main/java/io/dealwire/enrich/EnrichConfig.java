package io.dealwire.enrich;

import io.dealwire.enrich.language.LanguageDetector;
import io.dealwire.enrich.topology.EnrichTopology;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of the enrich stage.
 *
 * @param applicationId Kafka Streams {@code application.id}: consumer group and prefix of internal topics
 * @param stateDir where Kafka Streams keeps its local state stores
 * @param languages ISO 639-1 codes the language detector chooses among
 * @param replicationFactor replication factor of internal topics; -1 uses the broker's default
 * @param threads stream threads in this process
 * @param maxRecordBytes cap on one encoded output record; larger outputs go to the DLQ
 */
public record EnrichConfig(
        String applicationId,
        Path stateDir,
        List<String> languages,
        int replicationFactor,
        int threads,
        int maxRecordBytes) {
    public EnrichConfig {
        if (applicationId == null || applicationId.isBlank()) {
            throw new IllegalArgumentException("enrich.application-id must not be blank, was '" + applicationId + "'");
        }
        if (stateDir == null) {
            throw new IllegalArgumentException("enrich.state-dir must be set");
        }
        if (languages == null || languages.size() < 2) {
            throw new IllegalArgumentException("enrich.languages must list at least two languages, was " + languages);
        }
        if (replicationFactor == 0 || replicationFactor < -1) {
            throw new IllegalArgumentException(
                    "enrich.replication-factor must be -1 or >= 1, was " + replicationFactor);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("enrich.threads must be >= 1, was " + threads);
        }
        if (maxRecordBytes < 1024) {
            throw new IllegalArgumentException("enrich.max-record-bytes must be >= 1024, was " + maxRecordBytes);
        }
        languages = List.copyOf(languages);
    }

    /** Defaults: application id {@code dealwire-enrich}, the default languages, broker-default replication. */
    public static EnrichConfig defaults(Path stateDir) {
        return new EnrichConfig(
                "dealwire-enrich",
                stateDir,
                LanguageDetector.defaultLanguages(),
                -1,
                1,
                EnrichTopology.DEFAULT_MAX_RECORD_BYTES);
    }

    /** A copy with another replication factor. */
    public EnrichConfig withReplicationFactor(int factor) {
        return new EnrichConfig(applicationId, stateDir, languages, factor, threads, maxRecordBytes);
    }
}
