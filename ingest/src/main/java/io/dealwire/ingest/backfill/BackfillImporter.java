package io.dealwire.ingest.backfill;

import io.dealwire.ingest.url.StableId;
import io.dealwire.schemas.avro.RawArticle;
import io.dealwire.schemas.topic.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the articles of an archive to {@code news.articles.raw} in transactions of {@code batchSize}, recording
 * after each committed transaction how far into the file it got ({@code <checkpointDir>/<file id>.position},
 * written atomically). Importing the same file again resumes after the last committed batch, so an interruption
 * loses nothing and publishes nothing twice (a crash between a commit and its checkpoint re-sends that one batch,
 * which the enrich stage's dedup absorbs).
 */
public final class BackfillImporter {
    private final Map<String, Object> kafkaProps;
    private final Path checkpointDir;
    private final int batchSize;
    private final Clock clock;

    /** Progress so far: records read, articles published by this run, records skipped, where it resumed. */
    public record Progress(long recordsRead, long published, long skipped, long resumedAt, Duration elapsed) {}

    public BackfillImporter(Map<String, Object> kafkaProps, Path checkpointDir, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("backfill batch size must be >= 1, was " + batchSize);
        }
        this.kafkaProps = Map.copyOf(kafkaProps);
        this.checkpointDir = checkpointDir;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Imports {@code file}, read by {@code reader}, reporting progress after each batch; returns the final progress. */
    public Progress importFile(Path file, ArchiveReader reader, Consumer<Progress> onProgress) throws IOException {
        Path checkpoint = checkpointFor(file);
        long resumeAt = readCheckpoint(checkpoint);
        Instant began = clock.instant();
        long published = 0;
        Map<String, Object> props = new HashMap<>(kafkaProps);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "dealwire-backfill-" + checkpoint.getFileName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(
                props,
                new StringSerializer(),
                Topics.ARTICLES_RAW.valueSerde().get().serializer())) {
            producer.initTransactions();
            int inBatch = 0;
            producer.beginTransaction();
            for (Optional<ArchiveArticle> next = reader.next(); next.isPresent(); next = reader.next()) {
                if (next.get().position() < resumeAt) {
                    continue;
                }
                RawArticle article = next.get().article();
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), article.getArticleId(), article));
                published++;
                if (++inBatch == batchSize) {
                    commit(producer, checkpoint, reader.recordsRead());
                    onProgress.accept(progress(reader, published, resumeAt, began));
                    producer.beginTransaction();
                    inBatch = 0;
                }
            }
            commit(producer, checkpoint, Math.max(resumeAt, reader.recordsRead()));
        }
        Progress done = progress(reader, published, resumeAt, began);
        onProgress.accept(done);
        return done;
    }

    private void commit(KafkaProducer<String, RawArticle> producer, Path checkpoint, long position) throws IOException {
        producer.commitTransaction();
        Files.createDirectories(checkpointDir);
        Path tmp = checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp");
        Files.writeString(tmp, Long.toString(position), StandardCharsets.UTF_8);
        Files.move(tmp, checkpoint, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Progress progress(ArchiveReader reader, long published, long resumeAt, Instant began) {
        return new Progress(
                reader.recordsRead(),
                published,
                reader.recordsSkipped(),
                resumeAt,
                Duration.between(began, clock.instant()));
    }

    /** Where the position of {@code file} is kept: named after its absolute path and size. */
    Path checkpointFor(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return checkpointDir.resolve(
                StableId.of(absolute.toString(), Long.toString(Files.size(absolute))) + ".position");
    }

    private static long readCheckpoint(Path checkpoint) throws IOException {
        if (!Files.exists(checkpoint)) {
            return 0;
        }
        try {
            return Long.parseLong(
                    Files.readString(checkpoint, StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException e) {
            throw new IOException(
                    "backfill checkpoint " + checkpoint + " is corrupt; delete it to import from the start", e);
        }
    }
}
