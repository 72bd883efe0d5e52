package io.dealwire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.Evidence;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealStoryMergerTest {
    private static final Instant T0 = Instant.parse("2026-02-10T08:00:00Z");

    @Test
    void theSameEventTwiceChangesNothing() {
        DealEvent e = event("e1", "a1", DealStatus.ANNOUNCED, new Money(5e8, "EUR", false), "0.2.0", T0);
        DealStory story = DealStoryMerger.merge(Optional.empty(), e, T0).orElseThrow();

        assertThat(DealStoryMerger.merge(Optional.of(story), e, T0.plusSeconds(5)))
                .isEmpty();
    }

    @Test
    void amountIsTheOneMostReportsGive() {
        DealStory story = DealStoryMerger.merge(
                        Optional.empty(),
                        event("e1", "a1", DealStatus.RUMORED, new Money(4.0e8, "EUR", true), "0.2.0", T0),
                        T0)
                .orElseThrow();
        story = DealStoryMerger.merge(
                        Optional.of(story),
                        event(
                                "e2",
                                "a2",
                                DealStatus.ANNOUNCED,
                                new Money(5.0e8, "EUR", false),
                                "0.2.0",
                                T0.plusSeconds(60)),
                        T0.plusSeconds(60))
                .orElseThrow();
        story = DealStoryMerger.merge(
                        Optional.of(story),
                        event(
                                "e3",
                                "a3",
                                DealStatus.COMPLETED,
                                new Money(5.02e8, "EUR", false),
                                "0.2.0",
                                T0.plusSeconds(120)),
                        T0.plusSeconds(120))
                .orElseThrow();

        assertThat(story.getAmount().getValue()).isEqualTo(5.0e8);
        assertThat(story.getStatus()).isEqualTo(DealStatus.COMPLETED);
        assertThat(story.getSources()).extracting(s -> s.getArticleId()).containsExactly("a1", "a2", "a3");
        assertThat(story.getFirstSeenAt()).isEqualTo(T0);
        assertThat(story.getLastSeenAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void aNewerExtractorsReportReplacesTheOlderOne() {
        DealStory story = DealStoryMerger.merge(
                        Optional.empty(), event("e1", "a1", DealStatus.UNKNOWN, null, "0.9.0", T0), T0)
                .orElseThrow();

        DealStory replayed = DealStoryMerger.merge(
                        Optional.of(story),
                        event("e1", "a1", DealStatus.ANNOUNCED, new Money(1e9, "USD", false), "0.10.0", T0),
                        T0)
                .orElseThrow();

        assertThat(replayed.getSources()).hasSize(1);
        assertThat(replayed.getExtractorVersion()).isEqualTo("0.10.0");
        assertThat(replayed.getStatus()).isEqualTo(DealStatus.ANNOUNCED);
        assertThat(replayed.getAmount().getValue()).isEqualTo(1e9);
    }

    @Test
    void versionsCompareByTheirNumbers() {
        assertThat(ExtractorVersions.compare("0.10.0", "0.9.2")).isPositive();
        assertThat(ExtractorVersions.compare("0.2.0", "0.2.0")).isZero();
        assertThat(ExtractorVersions.compare("0.2", "0.2.1")).isNegative();
    }

    private static DealEvent event(
            String id, String article, DealStatus status, Money amount, String version, Instant published) {
        return DealEvent.newBuilder()
                .setEventId(id)
                .setDealId("deal-1")
                .setType(DealType.ACQUISITION)
                .setStatus(status)
                .setParties(List.of(
                        new Party("Tallis Group", "tallis group", PartyRole.BUYER),
                        new Party("Brindle Labs", "brindle labs", PartyRole.TARGET)))
                .setAmount(amount)
                .setStakePercent(null)
                .setValuation(null)
                .setArticleId(article)
                .setArticleUrl("https://wire.example/" + article)
                .setArticleTitle("t")
                .setArticleLanguage("en")
                .setArticlePublishedAt(published)
                .setEvidence(new Evidence("s", 0, 1))
                .setConfidence(0.8)
                .setExtractorVersion(version)
                .build();
    }
}
