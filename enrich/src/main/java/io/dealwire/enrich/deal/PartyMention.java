package io.dealwire.enrich.deal;

import io.dealwire.schemas.avro.PartyRole;

/**
 * A party to a deal as the article names it.
 *
 * @param name the name as written in the article
 * @param normalizedName {@link PartyNames#normalize(String)} of the name, the key for matching and deduplication
 * @param role BUYER, TARGET, PARTNER or SELLER (for REGULATORY deals, BUYER is the regulator)
 */
public record PartyMention(String name, String normalizedName, PartyRole role) {
    /** A mention whose normalised name is computed from {@code name}. */
    public static PartyMention of(String name, PartyRole role) {
        return new PartyMention(name, PartyNames.normalize(name), role);
    }
}
