package io.dealwire.sink.internal;

import io.dealwire.schemas.topic.DlqHeaders;
import io.dealwire.schemas.topic.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * A record the sink cannot process, with why; becomes a {@code news.dlq} record carrying the original bytes.
 *
 * @param source the record as consumed, value untouched
 * @param errorCode typed error code, e.g. {@code UNDECODABLE_RECORD}
 * @param error what went wrong
 */
public record DeadLetter(ConsumerRecord<String, byte[]> source, String errorCode, Exception error) {
    /** Code of a value that is not a known {@code DealEvent} schema version. */
    public static final String UNDECODABLE_RECORD = "UNDECODABLE_RECORD";
    /** Code of a record without a value (a tombstone), which {@code deals.events} never carries. */
    public static final String EMPTY_RECORD = "EMPTY_RECORD";
    /** Code of an event that decoded but cannot be turned into a JSON line. */
    public static final String UNWRITABLE_RECORD = "UNWRITABLE_RECORD";

    static final String STAGE = "sink";
    private static final int MAX_MESSAGE_CHARS = 1000;

    /** The dead-letter record: same key and value bytes, headers naming source, stage and error. */
    public ProducerRecord<String, byte[]> toProducerRecord() {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.DLQ.name(), null, source.key(), source.value());
        Headers headers = record.headers();
        add(headers, DlqHeaders.SOURCE_TOPIC, source.topic());
        add(headers, DlqHeaders.SOURCE_PARTITION, Integer.toString(source.partition()));
        add(headers, DlqHeaders.SOURCE_OFFSET, Long.toString(source.offset()));
        add(headers, DlqHeaders.STAGE, STAGE);
        add(headers, DlqHeaders.ERROR_CODE, errorCode);
        add(headers, DlqHeaders.ERROR_MESSAGE, truncated(String.valueOf(error.getMessage())));
        add(headers, DlqHeaders.ERROR_CLASS, error.getClass().getName());
        add(headers, DlqHeaders.ATTEMPTS, DlqHeaders.nextAttempt(source.headers()));
        return record;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncated(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS);
    }
}
