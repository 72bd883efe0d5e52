package io.dealwire.sink.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What a {@link BatchHandler} did with one polled batch: dead letters to send, offsets to commit once they are sent,
 * and, when part of the batch must be tried again, where to rewind to and why.
 *
 * @param deadLetters records to send to {@code news.dlq} before committing
 * @param commit per partition, the offset after the last record that is done (possibly empty)
 * @param rewindTo per partition, the offset to poll again from; empty when the whole batch is done
 * @param retryCause the transient failure that stopped the batch, when {@code rewindTo} is not empty
 */
public record BatchResult(
        List<DeadLetter> deadLetters,
        Map<TopicPartition, OffsetAndMetadata> commit,
        Map<TopicPartition, Long> rewindTo,
        Optional<Exception> retryCause) {

    public BatchResult {
        deadLetters = List.copyOf(deadLetters);
        commit = Map.copyOf(commit);
        rewindTo = Map.copyOf(rewindTo);
        Objects.requireNonNull(retryCause, "retryCause must not be null");
        if (rewindTo.isEmpty() != retryCause.isEmpty()) {
            throw new IllegalArgumentException("rewindTo and retryCause must be both set or both empty");
        }
    }

    /** The whole batch is done: send these dead letters, then commit these offsets. */
    public static BatchResult done(List<DeadLetter> deadLetters, Map<TopicPartition, OffsetAndMetadata> commit) {
        return new BatchResult(deadLetters, commit, Map.of(), Optional.empty());
    }

    /** Part of the batch failed transiently: send and commit what is done, then poll again from {@code rewindTo}. */
    public static BatchResult retry(
            List<DeadLetter> deadLetters,
            Map<TopicPartition, OffsetAndMetadata> commit,
            Map<TopicPartition, Long> rewindTo,
            Exception cause) {
        return new BatchResult(deadLetters, commit, rewindTo, Optional.of(cause));
    }

    /** Whether the batch must be polled again from {@link #rewindTo}. */
    public boolean needsRetry() {
        return retryCause.isPresent();
    }
}
