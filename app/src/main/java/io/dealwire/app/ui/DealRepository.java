package io.dealwire.app.ui;

import java.util.Collection;
import java.util.Optional;

/**
 * Where the desk reads deals from: the UI's own Kafka Streams stores over {@code deals.current} (embedded
 * default) or the PostgreSQL sink's tables. Both answer the same questions with the same values.
 */
public interface DealRepository extends AutoCloseable {
    /** Every current deal, in no particular order. */
    Collection<DealCard> deals();

    /** One deal with its mentions and article text; empty when the id is unknown. */
    Optional<DealDetail> deal(String dealId);

    /** Short name for logs and the operations page: {@code kafka-streams} or {@code postgresql}. */
    String name();

    @Override
    default void close() {}
}
