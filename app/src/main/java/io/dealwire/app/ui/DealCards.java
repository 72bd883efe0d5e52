package io.dealwire.app.ui;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealSource;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the desk's values from the pipeline's Avro records. */
final class DealCards {
    /** Article text sent around the evidence sentence on each side, in chars. */
    static final int CONTEXT = 1_500;

    private DealCards() {}

    static DealCard card(DealStory story) {
        return new DealCard(
                story.getDealId(),
                story.getType().name(),
                story.getStatus().name(),
                story.getParties().stream().map(DealCards::party).toList(),
                money(story.getAmount()),
                null,
                story.getStakePercent(),
                money(story.getValuation()),
                story.getFirstSeenAt(),
                story.getLastSeenAt(),
                story.getSources().stream()
                        .map(DealSource::getLanguage)
                        .distinct()
                        .sorted()
                        .toList(),
                story.getSources().stream().map(DealCards::source).toList());
    }

    /**
     * The deal page of {@code story}.
     *
     * @param events the deal's mentions by eventId (a source whose event is unknown shows without evidence)
     * @param articles the articles by articleId (a mention whose article is unknown shows its sentence alone)
     */
    static DealDetail detail(
            DealStory story,
            Function<String, Optional<DealEvent>> events,
            Function<String, Optional<EnrichedArticle>> articles) {
        DealCard card = card(story);
        List<DealDetail.Mention> mentions = new ArrayList<>();
        for (DealSource source : story.getSources()) {
            Optional<DealEvent> event = events.apply(source.getEventId());
            Optional<String> text = articles.apply(source.getArticleId()).map(EnrichedArticle::getText);
            mentions.add(mention(
                    DealCards.source(source),
                    event.map(e -> new DealDetail.Evidence(
                            e.getEvidence().getSentence(),
                            e.getEvidence().getStart(),
                            e.getEvidence().getEnd())),
                    text));
        }
        return new DealDetail(card, sortedMentions(mentions), history(mentions, card.firstSeenAt()));
    }

    static DealDetail.Mention mention(
            DealCard.Source source, Optional<DealDetail.Evidence> evidence, Optional<String> articleText) {
        String text = null;
        int offset = 0;
        if (articleText.isPresent()) {
            String whole = articleText.get();
            int start = evidence.map(DealDetail.Evidence::start).orElse(0);
            int end = evidence.map(DealDetail.Evidence::end).orElse(0);
            offset = Math.max(0, Math.min(start, whole.length()) - CONTEXT);
            int stop = Math.min(whole.length(), Math.max(end, start) + CONTEXT);
            text = whole.substring(offset, Math.max(offset, stop));
        }
        return new DealDetail.Mention(
                source.eventId(),
                source.articleId(),
                source.url(),
                source.outlet(),
                source.title(),
                source.language(),
                source.publishedAt(),
                source.status(),
                evidence.orElse(null),
                text,
                offset);
    }

    static List<DealDetail.Mention> sortedMentions(List<DealDetail.Mention> mentions) {
        return mentions.stream()
                .sorted(Comparator.comparing(
                                (DealDetail.Mention m) -> m.publishedAt() == null ? Instant.MAX : m.publishedAt())
                        .thenComparing(DealDetail.Mention::eventId))
                .toList();
    }

    /** Statuses in report order, a repeat of the previous status left out. */
    static List<DealDetail.StatusChange> history(List<DealDetail.Mention> mentions, Instant firstSeenAt) {
        List<DealDetail.StatusChange> changes = new ArrayList<>();
        for (DealDetail.Mention m : sortedMentions(mentions)) {
            String last =
                    changes.isEmpty() ? null : changes.get(changes.size() - 1).status();
            if (!m.status().equals(last)) {
                Instant at = m.publishedAt() == null ? firstSeenAt : m.publishedAt();
                changes.add(new DealDetail.StatusChange(m.status(), at, m.eventId()));
            }
        }
        return changes;
    }

    static DealCard.Source source(DealSource s) {
        return new DealCard.Source(
                s.getEventId(),
                s.getArticleId(),
                SafeLinks.http(s.getUrl()).orElse(null),
                SafeLinks.outlet(s.getUrl()).orElse(null),
                s.getTitle(),
                s.getLanguage(),
                s.getPublishedAt(),
                s.getStatus().name());
    }

    static DealCard.Party party(Party p) {
        return new DealCard.Party(
                p.getName(), p.getNormalizedName(), p.getRole().name());
    }

    static DealCard.Money money(Money m) {
        return m == null || !Double.isFinite(m.getValue())
                ? null
                : new DealCard.Money(m.getValue(), m.getCurrency(), m.getApproximate());
    }
}
