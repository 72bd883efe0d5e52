package io.dealwire.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void doublesUpToTheMaximumAndStartsOverAfterASuccess() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(500));

        assertThat(backoff.onFailure()).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.onFailure()).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.onFailure()).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.onFailure()).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.failures()).isEqualTo(4);

        backoff.onSuccess();

        assertThat(backoff.failures()).isZero();
        assertThat(backoff.onFailure()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void neverWaitsLongerThanASmallMaximum() {
        assertThat(new RetryBackoff(Duration.ofMillis(50)).onFailure()).isEqualTo(Duration.ofMillis(50));
    }
}
