package io.dealwire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.app.TestDeals;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DealFilterTest {
    private final DealEvent frenchAcquisition = event(
            DealType.ACQUISITION,
            "fr",
            new Money(3.5e8, "EUR", false),
            new Party("Verdanne SA", "verdanne", PartyRole.BUYER),
            new Party("Koalys", "koalys", PartyRole.TARGET));
    private final DealEvent englishRound =
            event(DealType.FUNDING_ROUND, "en", null, new Party("Brindle Labs", "brindle labs", PartyRole.TARGET));

    @Test
    void emptyCriteriaLetEverythingThrough() {
        var all = DealFilter.of(Set.of(), null, Set.of(), null);

        assertThat(List.of(frenchAcquisition, englishRound)).allMatch(all);
    }

    @Test
    void filtersByTypeCompanyLanguageAndMinimumAmount() {
        assertThat(DealFilter.of(Set.of(DealType.ACQUISITION), null, Set.of(), null))
                .accepts(frenchAcquisition)
                .rejects(englishRound);
        assertThat(DealFilter.of(Set.of(), "Verdanne S.A.", Set.of(), null))
                .accepts(frenchAcquisition)
                .rejects(englishRound);
        assertThat(DealFilter.of(Set.of(), "brindle", Set.of(), null)).accepts(englishRound);
        assertThat(DealFilter.of(Set.of(), null, Set.of("EN"), null))
                .accepts(englishRound)
                .rejects(frenchAcquisition);
        assertThat(DealFilter.of(Set.of(), null, Set.of(), "3e8 EUR"))
                .accepts(frenchAcquisition)
                .rejects(englishRound);
        assertThat(DealFilter.of(Set.of(), null, Set.of(), "3e8USD")).rejects(frenchAcquisition);
        assertThat(DealFilter.of(Set.of(), null, Set.of(), "400,000,000 EUR")).rejects(frenchAcquisition);
    }

    @Test
    void malformedMinimumAmountIsRefused() {
        assertThatThrownBy(() -> DealFilter.of(Set.of(), null, Set.of(), "lots"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--min-amount");
    }

    private static DealEvent event(DealType type, String language, Money amount, Party... parties) {
        return TestDeals.deal(type, parties)
                .setArticleLanguage(language)
                .setAmount(amount)
                .build();
    }
}
