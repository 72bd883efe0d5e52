package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.app.config.ConfigException;
import org.junit.jupiter.api.Test;

class CurrencyRatesTest {
    @Test
    void convertsWithTheConfiguredRateAndTheTargetAtOne() {
        CurrencyRates rates = CurrencyRates.parse("usd", " EUR=1.25, gbp=1.5 ,");
        assertThat(rates.target()).isEqualTo("USD");
        assertThat(rates.convert(new DealCard.Money(100, "EUR", true))).contains(new DealCard.Money(125, "USD", true));
        assertThat(rates.convert(new DealCard.Money(100, "USD", false)))
                .contains(new DealCard.Money(100, "USD", false));
        assertThat(rates.convert(new DealCard.Money(100, "JPY", false))).isEmpty();
        assertThat(rates.configured()).isTrue();
        assertThat(CurrencyRates.parse("USD", "").configured()).isFalse();
    }

    @Test
    void rejectsMalformedRatesNamingTheEntry() {
        assertThatThrownBy(() -> CurrencyRates.parse("USD", "EUR=1.08,GBP"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ui.rates must be CODE=rate pairs")
                .hasMessageEndingWith("was 'GBP'");
        assertThatThrownBy(() -> CurrencyRates.parse("USD", "EUR=-1")).hasMessageEndingWith("was 'EUR=-1'");
        assertThatThrownBy(() -> CurrencyRates.parse("USD", "EURO=1")).hasMessageEndingWith("was 'EURO=1'");
        assertThatThrownBy(() -> CurrencyRates.parse("dollars", ""))
                .hasMessage("ui.currency must be an ISO 4217 code such as USD, was DOLLARS");
    }
}
