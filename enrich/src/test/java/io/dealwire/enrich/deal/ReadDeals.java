package io.dealwire.enrich.deal;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;

/** What the extraction tests ask of the shipped extractor: the deals of a text, the first of a type, a role's names. */
final class ReadDeals {
    static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private ReadDeals() {}

    /** The deals of an article with no title. */
    static List<ExtractedDeal> read(String text, String language) {
        return EXTRACTOR.extract(new ArticleInput("", text, language));
    }

    /** The first deal of {@code type} in {@code text}; fails when there is none. */
    static ExtractedDeal first(DealType type, String text, String language) {
        return read(text, language).stream()
                .filter(d -> d.type() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " read in: " + text));
    }

    /** The names of {@code deal}'s parties in {@code role}, in order. */
    static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }
}
