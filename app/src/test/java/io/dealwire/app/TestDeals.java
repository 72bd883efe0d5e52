package io.dealwire.app;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Evidence;
import io.dealwire.schemas.avro.Party;
import java.util.List;

/** Deal events for tests: every required field filled, so a test sets only what it is about. */
public final class TestDeals {
    private TestDeals() {}

    /** An ANNOUNCED deal of {@code type} between {@code parties}, reported by an English article titled "A title". */
    public static DealEvent.Builder deal(DealType type, Party... parties) {
        return DealEvent.newBuilder()
                .setEventId("e")
                .setDealId("d")
                .setType(type)
                .setStatus(DealStatus.ANNOUNCED)
                .setParties(List.of(parties))
                .setAmount(null)
                .setStakePercent(null)
                .setValuation(null)
                .setArticleId("a")
                .setArticleUrl("https://x.example/a")
                .setArticleTitle("A title")
                .setArticleLanguage("en")
                .setArticlePublishedAt(null)
                .setEvidence(new Evidence("s", 0, 1))
                .setConfidence(0.5)
                .setExtractorVersion("v");
    }
}
