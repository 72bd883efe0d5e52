package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.schemas.avro.DealType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealQueryTest {
    private static final CurrencyRates RATES = CurrencyRates.parse("USD", "EUR=1.10");
    private final DealCard acme =
            card("d1", DealType.ACQUISITION, "Acme Corp", "Lumen Ltd", 2e9, "USD", "2026-03-01", "en");
    private final DealCard koala =
            card("d2", DealType.INVESTMENT, "Banque Nord", "Koalys", 3.5e8, "EUR", "2026-03-05", "fr");
    private final DealCard yen = card("d3", DealType.ACQUISITION, "Sora KK", "Hoshi", 5e9, "JPY", "2026-03-09", "ja");

    @Test
    void filtersByTypeStatusCompanyLanguageAndDates() {
        assertThat(matching(Map.of("type", "acquisition"))).containsExactly("d1", "d3");
        assertThat(matching(Map.of("company", "KOALYS"))).containsExactly("d2");
        assertThat(matching(Map.of("company", "acme"))).containsExactly("d1");
        assertThat(matching(Map.of("language", "FR"))).containsExactly("d2");
        assertThat(matching(Map.of("status", "completed"))).isEmpty();
        assertThat(matching(Map.of("from", "2026-03-05", "to", "2026-03-05"))).containsExactly("d2");
        assertThat(matching(Map.of("from", "2026-03-02"))).containsExactly("d2", "d3");
    }

    @Test
    void minimumAmountComparesConvertedAmountsAndLeavesOutWhatCannotConvert() {
        // 3.5e8 EUR is 3.85e8 USD; 5e9 JPY has no rate and never passes a minimum
        assertThat(matching(Map.of("minAmount", "380000000"))).containsExactly("d1", "d2");
        assertThat(matching(Map.of("minAmount", "390000000"))).containsExactly("d1");
        assertThat(matching(Map.of("minAmount", "0"))).containsExactly("d1", "d2");
    }

    @Test
    void blankParametersAreAbsent() {
        assertThat(matching(Map.of("type", " ", "company", ""))).containsExactly("d1", "d2", "d3");
    }

    @Test
    void malformedParametersFailNamingTheParameter() {
        assertThatThrownBy(() -> DealQuery.parse(Map.of("from", "March")))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("from must be a date like 2026-03-01, was March");
        assertThatThrownBy(() -> DealQuery.parse(Map.of("minAmount", "-5")))
                .hasMessage("minAmount must be a number of 0 or more, was -5");
        assertThatThrownBy(() -> DealQuery.parse(Map.of("limit", "501")))
                .hasMessage("limit must be between 1 and 500, was 501");
        assertThatThrownBy(() -> DealQuery.parse(Map.of("offset", "x")))
                .hasMessage("offset must be a whole number, was x");
        assertThatThrownBy(() -> DealQuery.parse(Map.of("colour", "red")))
                .hasMessageStartingWith("unknown parameter colour");
    }

    private List<String> matching(Map<String, String> params) {
        DealQuery query = DealQuery.parse(params);
        return List.of(acme, koala, yen).stream()
                .map(c -> c.withConverted(RATES.convert(c.amount()).orElse(null)))
                .filter(query::matches)
                .map(DealCard::dealId)
                .toList();
    }

    static DealCard card(
            String id,
            DealType type,
            String buyer,
            String target,
            double amount,
            String currency,
            String day,
            String lang) {
        Instant seen = Instant.parse(day + "T12:00:00Z");
        return DealCards.card(
                DeskFixtures.deal(id, type, buyer, target, DeskFixtures.money(amount, currency), seen, lang)
                        .story());
    }
}
