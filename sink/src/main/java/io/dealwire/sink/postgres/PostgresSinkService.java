package io.dealwire.sink.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dealwire.schemas.topic.Topics;
import io.dealwire.sink.SinkCounters;
import io.dealwire.sink.internal.BatchOffsets;
import io.dealwire.sink.internal.BatchResult;
import io.dealwire.sink.internal.DeadLetter;
import io.dealwire.sink.internal.SinkClientProps;
import io.dealwire.sink.internal.SinkLoop;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.SerializationException;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code deals.events}, {@code deals.current} and {@code news.articles.enriched} and upserts them into
 * {@code deal_mentions}, {@code deals} and {@code articles}, at least once with idempotent writes.
 *
 * <p>Each polled batch is one database transaction; offsets are committed only after it commits. A row the database
 * rejects permanently goes to {@code news.dlq} (code {@value #REJECTED_BY_DATABASE}) and the rest of the batch is
 * written; a transient failure (connection refused, server restarting) holds the offsets and retries the batch after
 * a growing backoff, dead-lettering nothing. The schema is migrated before the first batch, retried the same way.
 */
public final class PostgresSinkService implements AutoCloseable {
    /** Dead-letter code of a row the database refused (NUL byte, value too long, constraint violated). */
    public static final String REJECTED_BY_DATABASE = "REJECTED_BY_DATABASE";

    private static final Logger log = LoggerFactory.getLogger(PostgresSinkService.class);

    private final PostgresSinkConfig config;
    private final HikariDataSource dataSource;
    private final PostgresDealWriter writer;
    private final Map<String, BiFunction<ConsumerRecord<String, byte[]>, Instant, DbRow>> decoders = new HashMap<>();
    private final SinkLoop loop;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private volatile boolean migrated;

    /**
     * A sink with real Kafka clients.
     *
     * @param kafkaClientProps {@code bootstrap.servers} plus any client settings to pass through; the group id,
     *     deserializers, manual commits, {@code read_committed} and {@code max.poll.records} (the batch size) always
     *     win
     */
    public PostgresSinkService(PostgresSinkConfig config, Map<String, Object> kafkaClientProps) {
        this(
                config,
                new KafkaConsumer<>(consumerProps(config, kafkaClientProps)),
                new KafkaProducer<>(SinkClientProps.producer(kafkaClientProps)));
    }

    /** A sink over the given clients, which it owns and closes; for tests and embedding. */
    public PostgresSinkService(
            PostgresSinkConfig config, Consumer<String, byte[]> consumer, Producer<String, byte[]> producer) {
        this.config = Objects.requireNonNull(config, "config must not be null");
        this.dataSource = new HikariDataSource(hikari(config));
        this.writer = new PostgresDealWriter(dataSource);
        registerDecoders();
        SinkLoop.Settings settings = new SinkLoop.Settings(
                "postgres", List.copyOf(decoders.keySet()), config.pollTimeout(), config.maxRetryBackoff());
        this.loop = new SinkLoop(settings, consumer, producer, this::handle, dataSource);
    }

    /** Subscribes and starts the consumer thread; the database may still be down. */
    public void start() {
        loop.start();
        log.atInfo()
                .addKeyValue("groupId", config.groupId())
                .addKeyValue("jdbcUrl", PostgresSinkConfig.redactedUrl(config.jdbcUrl()))
                .log("PostgreSQL sink started");
    }

    /** Whether the consumer thread is alive. */
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Rows written, rows skipped because the table held them or newer, records dead-lettered. */
    public SinkCounters counters() {
        return new SinkCounters(written.get(), unchanged.get(), loop.deadLettered());
    }

    /** Records of the three topics not consumed yet (the consumer's {@code records-lag}); 0 before the first fetch. */
    public double consumerLag() {
        return loop.lag();
    }

    /** Stops the consumer thread and closes the Kafka clients and the connection pool. */
    @Override
    public void close() {
        loop.close();
    }

    private BatchResult handle(ConsumerRecords<String, byte[]> records) {
        BatchOffsets offsets = BatchOffsets.of(records);
        List<DeadLetter> deadLetters = new ArrayList<>();
        List<DbRow> rows = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> sources = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            decode(record, rows, sources, deadLetters);
        }
        WriteReport report;
        try {
            migrateOnce();
            report = writer.write(rows);
        } catch (SQLException | FlywayException e) {
            return BatchResult.retry(List.of(), Map.of(), offsets.first(), e);
        }
        for (WriteReport.Rejection rejection : report.rejected()) {
            DbRow row = rows.get(rejection.index());
            deadLetters.add(
                    new DeadLetter(sources.get(rejection.index()), REJECTED_BY_DATABASE, context(row, rejection)));
        }
        written.addAndGet(report.written());
        unchanged.addAndGet(report.unchanged());
        log.atDebug()
                .addKeyValue("written", report.written())
                .addKeyValue("unchanged", report.unchanged())
                .addKeyValue("deadLettered", deadLetters.size())
                .log("batch committed to PostgreSQL");
        return BatchResult.done(deadLetters, offsets.next());
    }

    private void decode(
            ConsumerRecord<String, byte[]> record,
            List<DbRow> rows,
            List<ConsumerRecord<String, byte[]>> sources,
            List<DeadLetter> deadLetters) {
        if (record.value() == null) {
            deadLetters.add(new DeadLetter(
                    record, DeadLetter.EMPTY_RECORD, new IllegalArgumentException("record has no value")));
            return;
        }
        try {
            rows.add(decoders.get(record.topic()).apply(record, Instant.ofEpochMilli(record.timestamp())));
            sources.add(record);
        } catch (SerializationException e) {
            deadLetters.add(new DeadLetter(record, DeadLetter.UNDECODABLE_RECORD, e));
        }
    }

    private void registerDecoders() {
        var events = Topics.DEAL_EVENTS.valueSerde().get().deserializer();
        var stories = Topics.DEALS_CURRENT.valueSerde().get().deserializer();
        var articles = Topics.ARTICLES_ENRICHED.valueSerde().get().deserializer();
        decoders.put(
                Topics.DEAL_EVENTS.name(), (r, t) -> new DbRow.Mention(events.deserialize(r.topic(), r.value()), t));
        decoders.put(
                Topics.DEALS_CURRENT.name(), (r, t) -> new DbRow.Story(stories.deserialize(r.topic(), r.value()), t));
        decoders.put(
                Topics.ARTICLES_ENRICHED.name(),
                (r, t) -> new DbRow.Article(articles.deserialize(r.topic(), r.value()), t));
    }

    private void migrateOnce() {
        if (!migrated) {
            int applied = PostgresSchema.migrate(dataSource);
            migrated = true;
            log.atInfo().addKeyValue("migrationsApplied", applied).log("PostgreSQL schema up to date");
        }
    }

    private static SQLException context(DbRow row, WriteReport.Rejection rejection) {
        SQLException error = rejection.error();
        String table = RowBinder.upsertOf(row).table();
        String message = table + " row " + row.id() + " rejected (SQLSTATE " + SqlErrors.sqlState(error) + "): "
                + error.getMessage();
        return new SQLException(message, SqlErrors.sqlState(error), error);
    }

    private static HikariConfig hikari(PostgresSinkConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("dealwire-sink-postgres");
        hikari.setJdbcUrl(config.jdbcUrl());
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            hikari.setPassword(config.password());
        }
        // one consumer thread writes; a second connection lets Flyway and a retry overlap a dying connection
        hikari.setMaximumPoolSize(2);
        hikari.setMinimumIdle(0);
        hikari.setConnectionTimeout(config.connectTimeout().toMillis());
        // start even when the database is down: the loop retries the first batch until it answers
        hikari.setInitializationFailTimeout(-1);
        return hikari;
    }

    private static Map<String, Object> consumerProps(PostgresSinkConfig config, Map<String, Object> clientProps) {
        Map<String, Object> props = SinkClientProps.consumer(config.groupId(), clientProps);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
        return props;
    }
}
