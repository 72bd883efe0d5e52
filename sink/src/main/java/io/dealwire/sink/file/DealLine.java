package io.dealwire.sink.file;

import java.time.Instant;
import java.util.Objects;

/**
 * One deal event ready for a JSON Lines file.
 *
 * @param eventId the event's id; a file never holds two lines with the same id
 * @param timestamp the record's timestamp; its UTC day picks the file
 * @param json the event as one JSON object, without line breaks
 */
public record DealLine(String eventId, Instant timestamp, String json) {
    public DealLine {
        Objects.requireNonNull(timestamp, "timestamp must not be null");
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("eventId must not be blank, was " + eventId);
        }
        if (json == null || json.isBlank() || json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("json must be one non-blank line, event " + eventId);
        }
    }
}
