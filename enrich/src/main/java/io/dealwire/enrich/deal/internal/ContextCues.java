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
 * @param pending words that say the article's deal has not closed yet ("expected to close", "il closing è previsto",
 *     "ainda precisa ser aprovada"): a deal read as completed or without a status is then announced
 */
public record ContextCues(Pattern acquisition, Pattern merger, Pattern description, Pattern org, Pattern pending) {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    /** Cues that never match. */
    public static ContextCues none() {
        return new ContextCues(NEVER, NEVER, NEVER, null, NEVER);
    }

    /** Whether the language resolves descriptions to the main company. */
    public boolean resolvesDescriptions() {
        return org != null && !description.pattern().equals(NEVER.pattern());
    }
}
