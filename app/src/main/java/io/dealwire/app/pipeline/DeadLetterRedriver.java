package io.dealwire.app.pipeline;

import io.dealwire.schemas.topic.DlqHeaders;
import io.dealwire.schemas.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Re-drives dead letters after a fix. Each selected dead letter goes back to its source topic (original key, value
 * and non-dealwire headers, plus its attempt count), and a receipt naming it ({@link #REDRIVEN_OF}, no value) is
 * written to {@code news.dlq} in the same transaction; a dead letter with a receipt is never re-driven again, so
 * each is re-driven once whatever filters later runs use. A record that fails again returns to the DLQ as a new dead
 * letter with its attempt count raised.
 */
public final class DeadLetterRedriver {
    /** Header of a receipt: {@code <partition>:<offset>} of the dead letter it re-drove. */
    public static final String REDRIVEN_OF = "dealwire.redriven.of";

    private DeadLetterRedriver() {}

    /** The dead letters of a DLQ snapshot that were not re-driven yet; receipts themselves excluded. */
    public static List<ConsumerRecord<String, byte[]>> pending(List<ConsumerRecord<String, byte[]>> dlq) {
        Set<String> done = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : dlq) {
            String of = header(r, REDRIVEN_OF);
            if (of != null) {
                done.add(of);
            }
        }
        return dlq.stream()
                .filter(r -> header(r, REDRIVEN_OF) == null && !done.contains(r.partition() + ":" + r.offset()))
                .toList();
    }

    /** Re-drives every pending dead letter that {@code select} accepts; returns how many. */
    public static int redrive(Map<String, Object> kafkaProps, Predicate<ConsumerRecord<String, byte[]>> select) {
        List<ConsumerRecord<String, byte[]>> chosen = pending(TopicSnapshot.records(kafkaProps, Topics.DLQ)).stream()
                .filter(select)
                .filter(r -> header(r, DlqHeaders.SOURCE_TOPIC) != null)
                .toList();
        if (chosen.isEmpty()) {
            return 0;
        }
        Map<String, Object> p = new HashMap<>(kafkaProps);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "dealwire-dlq-redrive");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (ConsumerRecord<String, byte[]> dead : chosen) {
                producer.send(back(dead));
                producer.send(receipt(dead));
            }
            producer.commitTransaction();
        }
        return chosen.size();
    }

    private static ProducerRecord<String, byte[]> back(ConsumerRecord<String, byte[]> dead) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : dead.headers()) {
            // Only the attempt count travels back; the error headers describe the old failure.
            if (!h.key().startsWith("dealwire.") || h.key().equals(DlqHeaders.ATTEMPTS)) {
                headers.add(h);
            }
        }
        return new ProducerRecord<>(header(dead, DlqHeaders.SOURCE_TOPIC), null, dead.key(), dead.value(), headers);
    }

    private static ProducerRecord<String, byte[]> receipt(ConsumerRecord<String, byte[]> dead) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REDRIVEN_OF, (dead.partition() + ":" + dead.offset()).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(Topics.DLQ.name(), dead.partition(), dead.key(), null, headers);
    }

    /** The value of header {@code key} as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String key) {
        Header h = record.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
