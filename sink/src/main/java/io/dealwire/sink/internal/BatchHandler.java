package io.dealwire.sink.internal;

import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Processes one polled batch on the sink's consumer thread; never sleeps, never commits, never throws for a record. */
@FunctionalInterface
public interface BatchHandler {
    /** Handles {@code records}, in poll order, and says what to dead-letter, commit and retry. */
    BatchResult handle(ConsumerRecords<String, byte[]> records);
}
