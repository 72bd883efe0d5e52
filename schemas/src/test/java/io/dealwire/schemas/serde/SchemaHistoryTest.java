package io.dealwire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class SchemaHistoryTest {
    static final List<Class<? extends SpecificRecord>> RECORDS = DealwireRecords.ALL;

    @ParameterizedTest
    @FieldSource("RECORDS")
    void currentSchemaIsTheLatestReleasedVersion(Class<? extends SpecificRecord> type) {
        Schema current = SpecificData.get().getSchema(type);
        List<Schema> versions = SchemaHistory.versions(current.getName());

        assertThat(versions)
                .as(
                        "a changed schema needs a new %s file",
                        SchemaHistory.resourcePath(current.getName(), versions.size() + 1))
                .isNotEmpty()
                .last()
                .isEqualTo(current);
    }

    @ParameterizedTest
    @FieldSource("RECORDS")
    void everyVersionIsBackwardAndForwardCompatibleWithThePreviousOne(Class<? extends SpecificRecord> type) {
        List<Schema> versions = SchemaHistory.versions(type.getSimpleName());
        for (int v = 1; v < versions.size(); v++) {
            assertThat(SchemaEvolution.problems(versions.get(v - 1), versions.get(v)))
                    .as("%s v%d -> v%d", type.getSimpleName(), v, v + 1)
                    .isEmpty();
        }
    }

    @Test
    void addingAnOptionalFieldWithADefaultIsCompatible() {
        Schema v1 = SchemaBuilder.record("X").fields().requiredString("id").endRecord();
        Schema v2 = SchemaBuilder.record("X")
                .fields()
                .requiredString("id")
                .optionalString("note")
                .endRecord();

        assertThat(SchemaEvolution.problems(v1, v2)).isEmpty();
    }

    @Test
    void addingARequiredFieldWithoutDefaultBreaksBackwardCompatibility() {
        Schema v1 = SchemaBuilder.record("X").fields().requiredString("id").endRecord();
        Schema v2 = SchemaBuilder.record("X")
                .fields()
                .requiredString("id")
                .requiredInt("count")
                .endRecord();

        assertThat(SchemaEvolution.problems(v1, v2)).singleElement().asString().startsWith("backward");
    }

    @Test
    void removingARequiredFieldWithoutDefaultBreaksForwardCompatibility() {
        Schema v1 = SchemaBuilder.record("X")
                .fields()
                .requiredString("id")
                .requiredInt("count")
                .endRecord();
        Schema v2 = SchemaBuilder.record("X").fields().requiredString("id").endRecord();

        assertThat(SchemaEvolution.problems(v1, v2)).singleElement().asString().startsWith("forward");
    }

    @Test
    void missingRecordHasNoVersions() {
        assertThat(SchemaHistory.versions("NoSuchRecord")).isEmpty();
    }
}
