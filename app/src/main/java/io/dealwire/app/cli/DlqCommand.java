package io.dealwire.app.cli;

import io.dealwire.app.pipeline.DeadLetterRedriver;
import io.dealwire.app.pipeline.TopicSnapshot;
import io.dealwire.schemas.topic.DlqHeaders;
import io.dealwire.schemas.topic.Topics;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dealwire dlq list|replay}: inspect and re-drive the records stages could not process. */
@Command(
        name = "dlq",
        mixinStandardHelpOptions = true,
        description = "Lists the dead letters of news.dlq and re-drives them to their source topics after a fix.",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Replay.class})
final class DlqCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Selection options shared by list and replay. */
    static final class Filter {
        @Option(
                names = "--stage",
                paramLabel = "STAGE",
                description = "Only dead letters of this stage (ingest, enrich, sink).")
        String stage;

        @Option(names = "--code", paramLabel = "CODE", description = "Only dead letters with this error code.")
        String code;

        Predicate<ConsumerRecord<String, byte[]>> predicate() {
            return r -> (stage == null || stage.equals(DeadLetterRedriver.header(r, DlqHeaders.STAGE)))
                    && (code == null || code.equals(DeadLetterRedriver.header(r, DlqHeaders.ERROR_CODE)));
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description =
                    "Prints the dead letters not re-driven yet: when, where from, stage, error code, attempts and message.")
    static final class ListLetters implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--all", description = "Also show the dead letters already re-driven.")
        boolean all;

        @Mixin
        Filter filter = new Filter();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, Object> props = FeedsCommand.kafkaProps(config.load());
            PrintWriter out = spec.commandLine().getOut();
            int shown = 0;
            var snapshot = TopicSnapshot.records(props, Topics.DLQ);
            var pending = DeadLetterRedriver.pending(snapshot);
            for (ConsumerRecord<String, byte[]> r : all ? snapshot : pending) {
                if (DeadLetterRedriver.header(r, DeadLetterRedriver.REDRIVEN_OF) != null
                        || !filter.predicate().test(r)) {
                    continue;
                }
                out.printf(
                        "%s%s  %s[%s]@%s  stage=%s  code=%s  attempts=%s  key=%s%n    %s%n",
                        pending.contains(r) ? "" : "(re-driven) ",
                        Instant.ofEpochMilli(r.timestamp()),
                        h(r, DlqHeaders.SOURCE_TOPIC),
                        h(r, DlqHeaders.SOURCE_PARTITION),
                        h(r, DlqHeaders.SOURCE_OFFSET),
                        h(r, DlqHeaders.STAGE),
                        h(r, DlqHeaders.ERROR_CODE),
                        h(r, DlqHeaders.ATTEMPTS),
                        r.key(),
                        h(r, DlqHeaders.ERROR_MESSAGE));
                shown++;
            }
            out.printf("%d dead letters%s%n", shown, all ? "" : " waiting to be re-driven");
            out.flush();
            return 0;
        }

        private static String h(ConsumerRecord<String, byte[]> r, String key) {
            String value = DeadLetterRedriver.header(r, key);
            return value == null ? "-" : value;
        }
    }

    @Command(
            name = "replay",
            mixinStandardHelpOptions = true,
            description =
                    "Sends the dead letters not re-driven before back to their source topics (original key, value "
                            + "and headers, with the attempt count), once each: a receipt in news.dlq marks each one re-"
                            + "driven. One that fails again returns to news.dlq as a new dead letter with its attempt count "
                            + "raised.")
    static final class Replay implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Mixin
        Filter filter = new Filter();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            int sent = DeadLetterRedriver.redrive(FeedsCommand.kafkaProps(config.load()), filter.predicate());
            spec.commandLine().getOut().printf("re-drove %d dead letters%n", sent);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
