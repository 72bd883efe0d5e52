package io.dealwire.enrich.deal.internal;

import java.util.regex.Pattern;

/**
 * One language's words for reading a sentence in the light of its article (see {@link ArticleContext}), from {@code
 * cues.txt}.
 *
 * @param acquisition words that make an unnamed deal an acquisition ("takeover", "rachat", "Übernahme")
 * @param merger words that make it a merger ("merger", "fusion", "Fusion")
 * @param description a definite description that stands for the article's main company ("the start-up", "la jeune
 *     pousse", "das Unternehmen"); never matches in a language that lists none
 * @param org a company name, to count the salient companies; null in a language without coreference
 */
public record ContextCues(Pattern acquisition, Pattern merger, Pattern description, Pattern org) {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    /** Cues that never match. */
    public static ContextCues none() {
        return new ContextCues(NEVER, NEVER, NEVER, null);
    }

    /** Whether the language resolves descriptions to the main company. */
    public boolean resolvesDescriptions() {
        return org != null && !description.pattern().equals(NEVER.pattern());
    }
}
