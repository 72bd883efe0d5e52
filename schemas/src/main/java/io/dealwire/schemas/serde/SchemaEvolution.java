package io.dealwire.schemas.serde;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Checks that a new version of a record schema can be rolled out without breaking readers or writers of the
 * previous one: new readers must read old records (backward) and old readers must read new records (forward).
 */
public final class SchemaEvolution {
    private SchemaEvolution() {}

    /** The problems found going from {@code previous} to {@code next}; empty when the step is fully compatible. */
    public static List<String> problems(Schema previous, Schema next) {
        List<String> problems = new ArrayList<>();
        var backward = SchemaCompatibility.checkReaderWriterCompatibility(next, previous);
        if (backward.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add("backward: the new schema cannot read records written with the previous one: "
                    + backward.getResult().getIncompatibilities());
        }
        var forward = SchemaCompatibility.checkReaderWriterCompatibility(previous, next);
        if (forward.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add("forward: the previous schema cannot read records written with the new one: "
                    + forward.getResult().getIncompatibilities());
        }
        return problems;
    }
}
