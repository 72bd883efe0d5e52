package io.dealwire.app.ui;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealSource;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.Evidence;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Deal stories, mentions and articles written for the desk's tests: one buyer, one target, one source each. */
final class DeskFixtures {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private DeskFixtures() {}

    /** A deal reported by one article whose text holds the evidence sentence after a lead sentence. */
    record Deal(DealStory story, DealEvent event, EnrichedArticle article) {}

    static Deal deal(String id, DealType type, String buyer, String target, Money amount, Instant seen, String lang) {
        String lead = "Markets were calm on Monday. ";
        String sentence = buyer + " agreed to buy " + target + ".";
        String text = lead + sentence + " The deal is expected to close next quarter.";
        String articleId = "art-" + id;
        String eventId = "evt-" + id;
        String url = "https://news.example.com/" + id;
        String title = buyer + " to buy " + target;
        DealSource source = DealSource.newBuilder()
                .setEventId(eventId)
                .setArticleId(articleId)
                .setUrl(url)
                .setTitle(title)
                .setLanguage(lang)
                .setPublishedAt(seen)
                .setStatus(DealStatus.ANNOUNCED)
                .setAmount(amount)
                .build();
        List<Party> parties = List.of(party(buyer, PartyRole.BUYER), party(target, PartyRole.TARGET));
        DealStory story = DealStory.newBuilder()
                .setDealId(id)
                .setType(type)
                .setStatus(DealStatus.ANNOUNCED)
                .setParties(parties)
                .setAmount(amount)
                .setStakePercent(null)
                .setValuation(null)
                .setFirstSeenAt(seen)
                .setLastSeenAt(seen)
                .setSources(List.of(source))
                .setExtractorVersion("test-1")
                .build();
        DealEvent event = DealEvent.newBuilder()
                .setEventId(eventId)
                .setDealId(id)
                .setType(type)
                .setStatus(DealStatus.ANNOUNCED)
                .setParties(parties)
                .setAmount(amount)
                .setStakePercent(null)
                .setValuation(null)
                .setArticleId(articleId)
                .setArticleUrl(url)
                .setArticleTitle(title)
                .setArticleLanguage(lang)
                .setArticlePublishedAt(seen)
                .setEvidence(new Evidence(sentence, lead.length(), lead.length() + sentence.length()))
                .setConfidence(0.9)
                .setExtractorVersion("test-1")
                .build();
        EnrichedArticle article = EnrichedArticle.newBuilder()
                .setArticleId(articleId)
                .setUrl(url)
                .setFeedId(null)
                .setTitle(title)
                .setText(text)
                .setPublishedAt(seen)
                .setFetchedAt(seen)
                .setLanguage(lang)
                .setLanguageConfidence(0.99)
                .setContentHash("h-" + id)
                .setDealIds(List.of(id))
                .setDealEventIds(List.of(eventId))
                .setExtractorVersion("test-1")
                .build();
        return new Deal(story, event, article);
    }

    static Money money(double value, String currency) {
        return new Money(value, currency, false);
    }

    static Party party(String name, PartyRole role) {
        return new Party(name, name.toLowerCase(Locale.ROOT), role);
    }

    static FeedState feedState(String id, String url, String error) {
        return FeedState.newBuilder()
                .setFeedId(id)
                .setUrl(url)
                .setLastAttemptAt(T0)
                .setLastSuccessAt(error == null ? T0 : null)
                .setNextPollAt(T0.plusSeconds(900))
                .setConsecutiveFailures(error == null ? 0 : 2)
                .setLastStatusCode(error == null ? 200 : 503)
                .setLastError(error)
                .build();
    }
}
