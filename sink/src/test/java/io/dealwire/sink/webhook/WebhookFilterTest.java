package io.dealwire.sink.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.sink.SampleEvents;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookFilterTest {
    private static final WebhookFilter ALL = WebhookFilter.all();

    @Test
    void emptyFilterMatchesEverything() {
        assertThat(ALL.matches(SampleEvents.acquisition("a"))).isTrue();
        assertThat(ALL.matches(SampleEvents.bareFundingRound("b"))).isTrue();
    }

    @Test
    void matchesByType() {
        WebhookFilter funding = new WebhookFilter(Set.of(DealType.FUNDING_ROUND), Set.of(), Set.of(), Optional.empty());
        assertThat(funding.matches(SampleEvents.acquisition("a"))).isFalse();
        assertThat(funding.matches(SampleEvents.bareFundingRound("b"))).isTrue();
    }

    @Test
    void matchesByNormalisedCompanyNameOfAnyParty() {
        WebhookFilter quillon = new WebhookFilter(Set.of(), Set.of("  Quillon Robotics "), Set.of(), Optional.empty());
        assertThat(quillon.matches(SampleEvents.acquisition("a"))).isTrue();
        assertThat(quillon.matches(SampleEvents.bareFundingRound("b"))).isFalse();
    }

    @Test
    void matchesByLanguage() {
        WebhookFilter french = new WebhookFilter(Set.of(), Set.of(), Set.of("FR"), Optional.empty());
        assertThat(french.matches(SampleEvents.acquisition("a"))).isFalse();
        assertThat(french.matches(SampleEvents.bareFundingRound("b"))).isTrue();
    }

    @Test
    void minimumAmountNeedsTheSameCurrencyAndAnAmount() {
        assertThat(min("2400000000", "usd").matches(SampleEvents.acquisition("a")))
                .isTrue();
        assertThat(min("2400000001", "USD").matches(SampleEvents.acquisition("a")))
                .isFalse();
        assertThat(min("1", "EUR").matches(SampleEvents.acquisition("a"))).isFalse();
        assertThat(min("0", "USD").matches(SampleEvents.bareFundingRound("b"))).isFalse();
    }

    @Test
    void rejectsAMalformedCurrency() {
        assertThatThrownBy(() -> new WebhookFilter.MinAmount(BigDecimal.ONE, "dollars"))
                .hasMessage("filter.min-amount-currency must be a three-letter code, was dollars");
    }

    private static WebhookFilter min(String value, String currency) {
        return new WebhookFilter(
                Set.of(),
                Set.of(),
                Set.of(),
                Optional.of(new WebhookFilter.MinAmount(new BigDecimal(value), currency)));
    }
}
