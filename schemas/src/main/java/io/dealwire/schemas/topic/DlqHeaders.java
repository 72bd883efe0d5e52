package io.dealwire.schemas.topic;

/**
 * Header names on {@code news.dlq} records. The value of a dead letter is the original record's bytes, untouched;
 * these headers say where it came from and why it failed.
 */
public final class DlqHeaders {
    /** Topic the record was read from. */
    public static final String SOURCE_TOPIC = "dealwire.source.topic";
    /** Partition it was read from, decimal. */
    public static final String SOURCE_PARTITION = "dealwire.source.partition";
    /** Offset it was read from, decimal. */
    public static final String SOURCE_OFFSET = "dealwire.source.offset";
    /** Stage that failed: ingest, enrich or sink. */
    public static final String STAGE = "dealwire.stage";
    /** Typed error code, e.g. UNDECODABLE_RECORD or EXTRACTOR_FAILED. */
    public static final String ERROR_CODE = "dealwire.error.code";
    /** Human-readable error message, truncated to 1,000 chars. */
    public static final String ERROR_MESSAGE = "dealwire.error.message";
    /** Exception class name. */
    public static final String ERROR_CLASS = "dealwire.error.class";
    /** How many times this record was tried, decimal. */
    public static final String ATTEMPTS = "dealwire.attempts";

    private DlqHeaders() {}

    /**
     * The attempt count for a record that fails again: one more than the {@link #ATTEMPTS} header it carries (a
     * re-driven dead letter keeps that header), or 1.
     */
    public static String nextAttempt(org.apache.kafka.common.header.Headers incoming) {
        var header = incoming == null ? null : incoming.lastHeader(ATTEMPTS);
        if (header == null) {
            return "1";
        }
        try {
            return Integer.toString(
                    Integer.parseInt(new String(header.value(), java.nio.charset.StandardCharsets.UTF_8).trim()) + 1);
        } catch (NumberFormatException e) {
            return "1";
        }
    }
}
