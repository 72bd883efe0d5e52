package io.dealwire.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VersionOrderTest {
    @Test
    void ordersNumericRunsAsNumbers() {
        List<String> versions = List.of("rules-0.10.0", "rules-0.9.2", "rules-0.3.0", "rules-1.0.0", "rules-0.09.3");

        List<String> sorted = versions.stream()
                .sorted((a, b) -> VersionOrder.key(a).compareTo(VersionOrder.key(b)))
                .collect(Collectors.toList());

        assertThat(sorted).containsExactly("rules-0.3.0", "rules-0.9.2", "rules-0.09.3", "rules-0.10.0", "rules-1.0.0");
    }

    @Test
    void padsEveryNumberToTwentyDigits() {
        assertThat(VersionOrder.key("v1.20")).isEqualTo("v" + "0".repeat(19) + "1." + "0".repeat(18) + "20");
    }
}
