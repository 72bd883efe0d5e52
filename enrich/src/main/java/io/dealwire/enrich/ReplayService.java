package io.dealwire.enrich;

import io.dealwire.enrich.article.ArticleEnricher;
import io.dealwire.enrich.topology.EnrichCounters;
import io.dealwire.enrich.topology.EnrichTopology;
import io.dealwire.enrich.topology.ReplayBounds;
import io.dealwire.schemas.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-enriches a span of {@code news.articles.raw} with the current extractor while live processing goes on: a
 * separate Kafka Streams application ({@code <enrich.application-id>-replay-<time>}, exactly-once) starts at the
 * first offset at or after {@code from}, stops at the end of the topic as it was when the replay began (or at
 * {@code to}), writes to the same output topics, then removes its consumer group and internal topics. No site is
 * fetched. Deal stories are updated by the live application from the replayed events.
 */
public final class ReplayService {
    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final EnrichConfig config;
    private final Map<String, Object> kafkaProps;
    private final ArticleEnricher enricher;
    private final Clock clock;

    /** Progress of a replay: raw records covered so far out of the total, and records enriched. */
    public record Progress(long done, long total, long enriched, Duration elapsed) {}

    public ReplayService(EnrichConfig config, Map<String, Object> kafkaProps, ArticleEnricher enricher, Clock clock) {
        this.config = config;
        this.kafkaProps = Map.copyOf(kafkaProps);
        this.enricher = enricher;
        this.clock = clock;
    }

    /**
     * Runs the replay to its end, reporting progress about once a second; returns the final progress.
     *
     * @param from first record time to replay; {@link Instant#EPOCH} for the beginning of the topic
     * @param to record time to stop before; empty for the end of the topic when the replay starts
     */
    public Progress run(Instant from, Optional<Instant> to, Consumer<Progress> onProgress) throws InterruptedException {
        Map<TopicPartition, Long> start = offsetsAt(from);
        Map<TopicPartition, Long> end = to.map(this::offsetsAt).orElseGet(this::endOffsets);
        long total = start.keySet().stream()
                .mapToLong(tp -> Math.max(0, end.get(tp) - start.get(tp)))
                .sum();
        Instant began = clock.instant();
        if (total == 0) {
            return new Progress(0, 0, 0, Duration.ZERO);
        }
        String applicationId = config.applicationId() + "-replay-" + STAMP.format(began);
        EnrichConfig replay = new EnrichConfig(
                applicationId,
                config.stateDir().resolve("replay"),
                config.languages(),
                config.replicationFactor(),
                config.threads(),
                config.maxRecordBytes());
        EnrichCounters counters = new EnrichCounters();
        try (Admin admin = Admin.create(kafkaProps)) {
            admin.alterConsumerGroupOffsets(
                            applicationId,
                            start.entrySet().stream()
                                    .collect(Collectors.toMap(
                                            Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue()))))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            ReplayBounds bounds = ReplayBounds.endingAt(end.entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue)));
            KafkaStreams streams = new KafkaStreams(
                    EnrichTopology.buildReplay(enricher, counters, config.maxRecordBytes(), bounds),
                    EnrichService.streamsProperties(replay, kafkaProps));
            log.info(
                    "replay starting applicationId={} records={} from={} to={}",
                    applicationId,
                    total,
                    from,
                    to.orElse(null));
            streams.start();
            Progress last;
            try {
                last = await(admin, applicationId, start, end, total, counters, began, onProgress);
            } finally {
                streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
                streams.cleanUp();
            }
            cleanUp(admin, applicationId);
            return last;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("replay failed: " + e.getMessage(), e);
        }
    }

    private Progress await(
            Admin admin,
            String group,
            Map<TopicPartition, Long> start,
            Map<TopicPartition, Long> end,
            long total,
            EnrichCounters counters,
            Instant began,
            Consumer<Progress> onProgress)
            throws InterruptedException, java.util.concurrent.ExecutionException,
                    java.util.concurrent.TimeoutException {
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            long done = 0;
            boolean finished = true;
            for (TopicPartition tp : start.keySet()) {
                long at = committed.containsKey(tp) && committed.get(tp) != null
                        ? committed.get(tp).offset()
                        : start.get(tp);
                done += Math.max(0, Math.min(at, end.get(tp)) - start.get(tp));
                finished &= at >= end.get(tp) || start.get(tp) >= end.get(tp);
            }
            Progress progress =
                    new Progress(done, total, counters.articles(), Duration.between(began, clock.instant()));
            onProgress.accept(progress);
            if (finished) {
                return progress;
            }
            Thread.sleep(1_000);
        }
    }

    private void cleanUp(Admin admin, String applicationId) {
        try {
            admin.deleteConsumerGroups(List.of(applicationId)).all().get(30, TimeUnit.SECONDS);
            Set<String> internal = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(name -> name.startsWith(applicationId + "-"))
                    .collect(Collectors.toSet());
            admin.deleteTopics(internal).all().get(30, TimeUnit.SECONDS);
            log.info(
                    "replay finished, removed group and internal topics applicationId={} topics={}",
                    applicationId,
                    internal);
        } catch (Exception e) {
            log.warn(
                    "replay finished but its group or internal topics could not be removed applicationId={} error={}",
                    applicationId,
                    e.toString());
        }
    }

    private Map<TopicPartition, Long> offsetsAt(Instant time) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(tp -> times.put(tp, time.toEpochMilli()));
            var found = consumer.offsetsForTimes(times);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> offsets = new HashMap<>();
            partitions.forEach(tp -> offsets.put(
                    tp, found.get(tp) == null ? ends.get(tp) : found.get(tp).offset()));
            return offsets;
        }
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer));
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        return consumer.partitionsFor(Topics.ARTICLES_RAW.name(), Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> props = new HashMap<>(kafkaProps);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
