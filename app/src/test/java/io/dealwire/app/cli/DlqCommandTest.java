package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealwire.app.pipeline.DeadLetterRedriver;
import io.dealwire.app.pipeline.TopicSnapshot;
import io.dealwire.app.testing.TestKafka;
import io.dealwire.enrich.EnrichConfig;
import io.dealwire.enrich.EnrichService;
import io.dealwire.schemas.topic.DlqHeaders;
import io.dealwire.schemas.topic.TopicCreator;
import io.dealwire.schemas.topic.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A poison record reaches the DLQ, is listed, re-driven once, fails again and comes back with two attempts. */
class DlqCommandTest {
    @TempDir
    Path dir;

    private TestKafka broker;
    private EnrichService enrich;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        broker = TestKafka.start(dir.resolve("broker"));
        try (Admin admin = Admin.create(props())) {
            new TopicCreator(admin, 1).createMissing(Topics.ALL);
        }
        enrich = new EnrichService(EnrichConfig.defaults(dir.resolve("streams")).withReplicationFactor(1), props());
        enrich.start();
    }

    @AfterEach
    void stop() {
        if (enrich != null) {
            enrich.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void deadLettersAreListedAndReDrivenOnceEachWithTheirAttemptCount() throws Exception {
        try (var producer = new KafkaProducer<>(props(), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            Topics.ARTICLES_RAW.name(), "poison", "not avro".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> TopicSnapshot.records(props(), Topics.DLQ).size() == 1);

        assertThat(run("dlq", "list")).isZero();
        assertThat(out.toString())
                .contains("news.articles.raw[")
                .contains("stage=enrich")
                .contains("code=UNDECODABLE_RECORD")
                .contains("attempts=1")
                .contains("1 dead letters");

        assertThat(run("dlq", "replay", "--stage", "enrich")).isZero();
        assertThat(out.toString()).contains("re-drove 1 dead letters");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> DeadLetterRedriver.pending(TopicSnapshot.records(props(), Topics.DLQ))
                                .size()
                        == 1);
        var again = DeadLetterRedriver.pending(TopicSnapshot.records(props(), Topics.DLQ))
                .get(0);
        assertThat(DeadLetterRedriver.header(again, DlqHeaders.ATTEMPTS)).isEqualTo("2");
        assertThat(new String(again.value(), StandardCharsets.UTF_8)).isEqualTo("not avro");

        out.getBuffer().setLength(0);
        assertThat(run("dlq", "replay", "--code", "NO_SUCH_CODE")).isZero();
        assertThat(out.toString()).contains("re-drove 0 dead letters");
        assertThat(run("dlq", "replay")).isZero();
        assertThat(out.toString()).contains("re-drove 1 dead letters"); // only the new one; the first has its receipt
        assertThat(TopicSnapshot.records(props(), Topics.ARTICLES_RAW)).hasSize(3); // the original and two re-drives
        out.getBuffer().setLength(0);
        assertThat(run("dlq", "list", "--all")).isZero();
        assertThat(out.toString()).contains("(re-driven)").contains("attempts=2");
    }

    private Map<String, Object> props() {
        return Map.of("bootstrap.servers", broker.bootstrapServers());
    }

    private int run(String... args) {
        CommandLine cli = DealwireCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        String[] all = List.of(args).toArray(new String[args.length + 2]);
        all[args.length] = "--bootstrap-servers";
        all[args.length + 1] = broker.bootstrapServers();
        return cli.execute(all);
    }
}
