package io.dealwire.sink.file;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A process for {@link JsonLinesCrashTest} to kill: writes batches {@code from} to {@code to} (exclusive) of deal
 * lines into one day file with {@link JsonLinesDealWriter}, printing {@code committed N} after each, as a sink
 * commits its offsets after the write. The lines of batch N are always the same, so a restart redelivers them.
 */
public final class DayFileWriterProcess {
    static final Instant DAY = Instant.parse("2026-06-01T12:00:00Z");
    static final int LINES_PER_BATCH = 150;

    private DayFileWriterProcess() {}

    /** {@code DIR FROM TO [PAUSE_MS]}: writes batches FROM..TO-1, pausing after each (a sink waiting on its poll). */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path directory = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        long pause = args.length > 3 ? Long.parseLong(args[3]) : 0;
        try (JsonLinesDealWriter writer = new JsonLinesDealWriter(directory)) {
            for (int batch = from; batch < to; batch++) {
                writer.write(batch(batch));
                System.out.println("committed " + batch);
                System.out.flush();
                Thread.sleep(pause);
            }
        }
    }

    static List<DealLine> batch(int batch) {
        List<DealLine> lines = new ArrayList<>();
        for (int i = 0; i < LINES_PER_BATCH; i++) {
            String id = String.format(Locale.ROOT, "ev-%04d-%03d", batch, i);
            String json = "{\"eventId\":\"" + id + "\",\"type\":\"ACQUISITION\",\"evidence\":\""
                    + "Harbour Quay Holdings agreed to buy Westmarch Instruments. ".repeat(20) + "\"}";
            lines.add(new DealLine(id, DAY.plusSeconds(i), json));
        }
        return lines;
    }
}
