package io.dealwire.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's configuration table true: every key, with its default, and no key that does not exist. */
class ReadmeConfigTableTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyKeyIsDocumentedWithItsDefault() throws Exception {
        String readme = Files.readString(README);
        for (ConfigKey key : ConfigKeys.ALL) {
            String shownDefault = key.defaultValue().isEmpty() ? "(unset)" : "`" + key.defaultValue() + "`";
            assertThat(readme)
                    .as("README row of %s", key.name())
                    .contains("| `" + key.name() + "` | " + shownDefault + " |");
        }
    }

    @Test
    void theTableHasNoOtherKeys() throws Exception {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Configuration");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        long rows = section.lines()
                .filter(line -> line.matches("\\| `[a-z][a-z0-9.-]+` \\| .*"))
                .count();
        assertThat(rows).isEqualTo(ConfigKeys.ALL.size());
    }
}
