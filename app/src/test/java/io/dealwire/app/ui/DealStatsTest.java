package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealStatsTest {
    @Test
    void countsAndSumsPerDayAndTypeAndRanksBuyers() {
        CurrencyRates rates = CurrencyRates.parse("USD", "EUR=2");
        List<DealCard> cards = List.of(
                        DealQueryTest.card("a", DealType.ACQUISITION, "Acme", "T1", 100, "USD", "2026-03-01", "en"),
                        DealQueryTest.card("b", DealType.ACQUISITION, "Acme", "T2", 50, "EUR", "2026-03-01", "en"),
                        DealQueryTest.card("c", DealType.ACQUISITION, "Borg", "T3", 7, "JPY", "2026-03-03", "en"),
                        DealQueryTest.card(
                                "d", DealType.FUNDING_ROUND, "Fund One", "T4", 10, "USD", "2026-03-03", "en"))
                .stream()
                .map(c -> c.withConverted(rates.convert(c.amount()).orElse(null)))
                .toList();

        DealStats stats = DealStats.of(cards, "USD");

        assertThat(stats.interval()).isEqualTo("day");
        assertThat(stats.timeline())
                .containsExactly(
                        new DealStats.Bucket("2026-03-01", "ACQUISITION", 2, 200),
                        new DealStats.Bucket("2026-03-03", "ACQUISITION", 1, 0),
                        new DealStats.Bucket("2026-03-03", "FUNDING_ROUND", 1, 10));
        assertThat(stats.acquirers()).containsExactly(new DealStats.Ranked("Acme", 2), new DealStats.Ranked("Borg", 1));
        assertThat(stats.investors()).containsExactly(new DealStats.Ranked("Fund One", 1));
    }

    @Test
    void longSpansAreCountedPerMonth() {
        List<DealCard> cards = List.of(
                DealQueryTest.card("a", DealType.IPO, "X", "Y", 1, "USD", "2026-01-10", "en"),
                DealQueryTest.card("b", DealType.IPO, "X", "Z", 1, "USD", "2026-06-10", "en"));
        assertThat(DealStats.of(cards, "USD").timeline())
                .extracting(DealStats.Bucket::period)
                .containsExactly("2026-01", "2026-06");
    }
}
