package io.dealwire.enrich.deal.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one language writes company names around deal words.
 *
 * @param coordination splits "Microsoft, Amazon and Google" into names
 * @param stopWords capitalised words that are not names on their own or at the start of one (articles, weekdays,
 *     countries, descriptors), lower case
 * @param nonNames a candidate matching one of these entirely is not a company ("Commission", "Rechenzentren")
 * @param descriptor the part of a candidate up to this match is a description, not the name ("芯片代工企业")
 * @param regulators each name a regulator goes by, mapped to the one its reviews are reported under
 */
public record NameRules(
        Pattern coordination,
        Set<String> stopWords,
        List<Pattern> nonNames,
        Pattern descriptor,
        Map<String, String> regulators) {
    public NameRules {
        stopWords = Set.copyOf(stopWords);
        nonNames = List.copyOf(nonNames);
        regulators = Map.copyOf(regulators);
    }
}
