package io.dealwire.schemas.topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the catalogue's missing topics with their partitions, retention and compaction; leaves others alone. */
public final class TopicCreator {
    private static final Logger log = LoggerFactory.getLogger(TopicCreator.class);

    private final Admin admin;
    private final Optional<Short> replicationFactor;

    /**
     * @param admin an admin client for the target cluster; not closed by this class
     * @param replicationFactor replication factor of created topics; -1 uses the broker's
     *     {@code default.replication.factor}
     */
    public TopicCreator(Admin admin, int replicationFactor) {
        if (replicationFactor == 0 || replicationFactor < -1 || replicationFactor > Short.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "topics.replication-factor must be -1 or between 1 and 32767, was " + replicationFactor);
        }
        this.admin = admin;
        this.replicationFactor = replicationFactor == -1 ? Optional.empty() : Optional.of((short) replicationFactor);
    }

    /**
     * Creates every topic of {@code specs} that does not exist yet and returns the names it created. Topics that
     * exist are not changed, whatever their settings.
     */
    public List<String> createMissing(Collection<TopicSpec<?>> specs) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec<?> spec : specs) {
                if (!existing.contains(spec.name())) {
                    missing.add(new NewTopic(spec.name(), Optional.of(spec.partitions()), replicationFactor)
                            .configs(spec.configs()));
                }
            }
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                if (awaitCreation(entry.getValue())) {
                    created.add(entry.getKey());
                }
            }
            if (!created.isEmpty()) {
                log.info("created topics {}", created);
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list or create topics: " + e.getMessage(), e);
        }
    }

    private static boolean awaitCreation(org.apache.kafka.common.KafkaFuture<Void> future)
            throws InterruptedException, TimeoutException, ExecutionException {
        try {
            future.get(30, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false; // another instance created it first
            }
            throw e;
        }
    }
}
