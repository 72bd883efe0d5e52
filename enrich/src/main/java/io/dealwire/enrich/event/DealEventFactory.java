package io.dealwire.enrich.event;

import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.Evidence;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.List;

/** Turns what the extractor read from an article into the {@code deals.events} contract. */
public final class DealEventFactory {
    private final String extractorVersion;

    /** @param extractorVersion stamped on every event */
    public DealEventFactory(String extractorVersion) {
        this.extractorVersion = extractorVersion;
    }

    /** The event for the {@code index}-th deal (from 0) read from {@code article} in {@code language}. */
    public DealEvent create(RawArticle article, String language, ExtractedDeal deal, int index) {
        Instant reportedAt = article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
        return DealEvent.newBuilder()
                .setEventId(DealIds.eventId(article.getArticleId(), index))
                .setDealId(DealIds.dealId(deal, reportedAt))
                .setType(deal.type())
                .setStatus(deal.status())
                .setParties(parties(deal.parties()))
                .setAmount(deal.amount().map(DealEventFactory::money).orElse(null))
                .setStakePercent(deal.stakePercent().orElse(null))
                .setValuation(deal.valuation().map(DealEventFactory::money).orElse(null))
                .setArticleId(article.getArticleId())
                .setArticleUrl(article.getUrl())
                .setArticleTitle(article.getTitle())
                .setArticleLanguage(language)
                .setArticlePublishedAt(article.getPublishedAt())
                .setEvidence(new Evidence(
                        deal.evidence().sentence(),
                        deal.evidence().start(),
                        deal.evidence().end()))
                .setConfidence(deal.confidence())
                .setExtractorVersion(extractorVersion)
                .build();
    }

    private static List<Party> parties(List<PartyMention> mentions) {
        return mentions.stream()
                .map(m -> new Party(m.name(), m.normalizedName(), m.role()))
                .toList();
    }

    private static Money money(Amount amount) {
        return new Money(amount.value(), amount.currency(), amount.approximate());
    }
}
