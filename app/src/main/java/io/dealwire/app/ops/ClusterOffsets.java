package io.dealwire.app.ops;

import io.dealwire.schemas.topic.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Offsets read from the cluster for the operations figures: a consumer group's lag and the records held in {@code
 * news.dlq}. Used by the metrics gauges and by the deal desk's operations page, so both show the same numbers.
 */
public final class ClusterOffsets {
    private ClusterOffsets() {}

    /**
     * Records on the partitions {@code group} has committed or been assigned that it has not yet committed past; a
     * partition assigned but never committed counts from its log start.
     */
    public static long consumerLag(Admin admin, String group, Duration timeout) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Set<TopicPartition> partitions = new HashSet<>();
        committed.forEach((tp, at) -> {
            if (at != null) {
                partitions.add(tp);
            }
        });
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                    .describedGroups()
                    .get(group)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            description.members().forEach(m -> partitions.addAll(m.assignment().topicPartitions()));
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException)) {
                throw e;
            }
            // a group that never joined has no members; its committed offsets (if any) still count
        }
        if (partitions.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest(), timeout);
        Map<TopicPartition, Long> start = offsets(admin, partitions, OffsetSpec.earliest(), timeout);
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata at = committed.get(tp);
            long position = at != null ? at.offset() : start.getOrDefault(tp, 0L);
            lag += Math.max(0, end.getOrDefault(tp, 0L) - position);
        }
        return lag;
    }

    /** Records currently held in {@code news.dlq}: log end minus log start, over all its partitions. */
    public static long deadLetters(Admin admin, Duration timeout) throws Exception {
        String dlq = Topics.DLQ.name();
        var description = admin.describeTopics(List.of(dlq))
                .allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .get(dlq);
        Set<TopicPartition> partitions = new HashSet<>();
        description.partitions().forEach(p -> partitions.add(new TopicPartition(dlq, p.partition())));
        Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest(), timeout);
        Map<TopicPartition, Long> start = offsets(admin, partitions, OffsetSpec.earliest(), timeout);
        long total = 0;
        for (TopicPartition tp : partitions) {
            total += end.getOrDefault(tp, 0L) - start.getOrDefault(tp, 0L);
        }
        return total;
    }

    private static Map<TopicPartition, Long> offsets(
            Admin admin, Set<TopicPartition> partitions, OffsetSpec spec, Duration timeout) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResultInfo> result =
                admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }
}
