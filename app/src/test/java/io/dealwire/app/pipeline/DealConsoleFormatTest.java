package io.dealwire.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.app.TestDeals;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealConsoleFormatTest {
    @Test
    void acquisitionShowsBuyerTargetAndScaledAmount() {
        DealEvent event = event(
                DealType.ACQUISITION,
                List.of(
                        new Party("Corvanta Systems", "corvanta systems", PartyRole.BUYER),
                        new Party("Lumelight Analytics", "lumelight analytics", PartyRole.TARGET)),
                new Money(2.4e9, "USD", false),
                null);

        assertThat(DealConsoleFormat.format(event))
                .isEqualTo("ACQUISITION   ANNOUNCED  Corvanta Systems -> Lumelight Analytics  USD 2.4bn  [en] A title");
    }

    @Test
    void partnershipJoinsPartnersAndShowsStakeAndApproximateAmounts() {
        DealEvent event = event(
                DealType.PARTNERSHIP,
                List.of(
                        new Party("Aster", "aster", PartyRole.PARTNER),
                        new Party("Bellweather", "bellweather", PartyRole.PARTNER)),
                new Money(350e6, "EUR", true),
                12.5);

        assertThat(DealConsoleFormat.format(event))
                .isEqualTo("PARTNERSHIP   ANNOUNCED  Aster + Bellweather  ~EUR 350m  12.5%  [en] A title");
    }

    private static DealEvent event(DealType type, List<Party> parties, Money amount, Double stake) {
        return TestDeals.deal(type, parties.toArray(Party[]::new))
                .setAmount(amount)
                .setStakePercent(stake)
                .build();
    }
}
