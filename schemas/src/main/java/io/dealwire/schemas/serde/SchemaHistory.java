package io.dealwire.schemas.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every released version of a record schema, oldest first.
 *
 * <p>Version {@code N} of record {@code X} lives at {@code io/dealwire/schemas/history/X/vN.avsc} on the classpath,
 * written fully resolved (named types inlined), so any record ever put on a topic can be read back. Versions are
 * numbered from 1 without gaps.
 */
public final class SchemaHistory {
    private static final String ROOT = "io/dealwire/schemas/history/";

    private SchemaHistory() {}

    /** The released versions of the record with this simple name, oldest first; empty if none was released. */
    public static List<Schema> versions(String recordName) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String path = resourcePath(recordName, v);
            try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    return List.copyOf(versions);
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + path, e);
            }
        }
    }

    /** Where version {@code version} of {@code recordName} is stored, relative to the classpath root. */
    public static String resourcePath(String recordName, int version) {
        return ROOT + recordName + "/v" + version + ".avsc";
    }
}
