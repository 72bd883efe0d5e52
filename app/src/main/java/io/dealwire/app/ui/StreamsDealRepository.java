package io.dealwire.app.ui;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.EnrichedArticle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Deals from the desk's own stores over {@code deals.current}, {@code deals.events} and
 * {@code news.articles.enriched}. The list of cards is rebuilt only when a deal changed since the last request.
 */
final class StreamsDealRepository implements DealRepository {
    private final DeskStreams streams;
    private Snapshot snapshot = new Snapshot(-1, List.of());

    private record Snapshot(long changes, List<DealCard> cards) {}

    StreamsDealRepository(DeskStreams streams) {
        this.streams = streams;
    }

    @Override
    public Collection<DealCard> deals() {
        long changes = streams.dealChanges();
        Snapshot current;
        synchronized (this) {
            current = snapshot;
        }
        if (current.changes() == changes) {
            return current.cards();
        }
        List<DealCard> cards = streams.<DealStory>values(DeskTopology.DEALS).stream()
                .map(DealCards::card)
                .toList();
        synchronized (this) {
            if (snapshot.changes() < changes) {
                snapshot = new Snapshot(changes, cards);
            }
        }
        return cards;
    }

    @Override
    public Optional<DealDetail> deal(String dealId) {
        ReadOnlyKeyValueStore<String, DealStory> deals = streams.store(DeskTopology.DEALS);
        ReadOnlyKeyValueStore<String, DealEvent> mentions = streams.store(DeskTopology.MENTIONS);
        ReadOnlyKeyValueStore<String, EnrichedArticle> articles = streams.store(DeskTopology.ARTICLES);
        return Optional.ofNullable(deals.get(dealId))
                .map(story -> DealCards.detail(
                        story,
                        id -> Optional.ofNullable(mentions.get(id)),
                        id -> Optional.ofNullable(articles.get(id))));
    }

    @Override
    public String name() {
        return "kafka-streams";
    }
}
