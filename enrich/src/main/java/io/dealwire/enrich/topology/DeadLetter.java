package io.dealwire.enrich.topology;

import io.dealwire.schemas.topic.DlqHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Builds {@code news.dlq} records: the input's raw bytes, its headers, plus headers saying where and why. */
final class DeadLetter {
    static final String STAGE = "enrich";
    private static final int MAX_MESSAGE_CHARS = 1_000;

    private DeadLetter() {}

    static Record<String, byte[]> of(
            ProcessorContext<?, ?> context, Record<String, byte[]> input, String errorCode, Throwable error) {
        Headers headers = new RecordHeaders(input.headers().toArray());
        context.recordMetadata().ifPresent(meta -> {
            put(headers, DlqHeaders.SOURCE_TOPIC, meta.topic());
            put(headers, DlqHeaders.SOURCE_PARTITION, Integer.toString(meta.partition()));
            put(headers, DlqHeaders.SOURCE_OFFSET, Long.toString(meta.offset()));
        });
        put(headers, DlqHeaders.STAGE, STAGE);
        put(headers, DlqHeaders.ERROR_CODE, errorCode);
        put(headers, DlqHeaders.ERROR_CLASS, error.getClass().getName());
        put(headers, DlqHeaders.ERROR_MESSAGE, truncate(String.valueOf(error.getMessage())));
        put(headers, DlqHeaders.ATTEMPTS, DlqHeaders.nextAttempt(input.headers()));
        return new Record<>(input.key(), input.value(), input.timestamp(), headers);
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS);
    }
}
