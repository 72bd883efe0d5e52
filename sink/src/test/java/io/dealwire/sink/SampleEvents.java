package io.dealwire.sink;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Evidence;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import java.time.Instant;
import java.util.List;

/** Deal events written for the sink's tests. */
public final class SampleEvents {
    private SampleEvents() {}

    /** A fully populated acquisition with amount, stake and valuation. */
    public static DealEvent acquisition(String eventId) {
        return DealEvent.newBuilder()
                .setEventId(eventId)
                .setDealId("deal-7f3a")
                .setType(DealType.ACQUISITION)
                .setStatus(DealStatus.ANNOUNCED)
                .setParties(List.of(
                        new Party("Halvorsen Maritime", "halvorsen maritime", PartyRole.BUYER),
                        new Party("Quillon Robotics", "quillon robotics", PartyRole.TARGET),
                        new Party("Brightwater Capital", "brightwater capital", PartyRole.SELLER)))
                .setAmount(new Money(2.4e9, "USD", false))
                .setStakePercent(62.5)
                .setValuation(new Money(3.84e9, "USD", true))
                .setArticleId("art-001")
                .setArticleUrl("https://news.example/halvorsen-quillon")
                .setArticleTitle("Halvorsen to buy Quillon for $2.4 billion")
                .setArticleLanguage("en")
                .setArticlePublishedAt(Instant.parse("2026-03-02T08:15:00Z"))
                .setEvidence(new Evidence("Halvorsen Maritime agreed to buy Quillon Robotics for $2.4 billion.", 0, 66))
                .setConfidence(0.92)
                .setExtractorVersion("rules-0.3.0")
                .build();
    }

    /** A funding round with only the required fields: no status, amount, stake, valuation or date. */
    public static DealEvent bareFundingRound(String eventId) {
        return DealEvent.newBuilder()
                .setEventId(eventId)
                .setDealId("deal-0b1c")
                .setType(DealType.FUNDING_ROUND)
                .setStatus(DealStatus.UNKNOWN)
                .setParties(List.of(new Party("Lumetra", "lumetra", PartyRole.TARGET)))
                .setArticleId("art-002")
                .setArticleUrl("https://news.example/lumetra")
                .setArticleTitle("Lumetra lève des fonds")
                .setArticleLanguage("fr")
                .setEvidence(new Evidence("Lumetra lève des fonds « auprès d'investisseurs ».", 10, 58))
                .setConfidence(0.5)
                .setExtractorVersion("rules-0.3.0")
                .build();
    }
}
