package io.dealwire.enrich.registry;

import java.util.List;

/**
 * An organisation the registry knows.
 *
 * @param id stable, lower-case ASCII slug
 * @param kind company, investor, regulator, government or exchange
 * @param country ISO 3166-1 alpha-2 of its headquarters (EU for EU bodies, XX for international ones)
 * @param names every name the press uses for it, canonical first, in every script it appears in
 */
public record Organisation(String id, String kind, String country, List<String> names) {
    public Organisation {
        names = List.copyOf(names);
    }

    /** The name it is reported under. */
    public String canonicalName() {
        return names.get(0);
    }
}
