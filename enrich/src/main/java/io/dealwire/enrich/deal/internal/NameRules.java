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
 * @param places countries, regions and cities, lower case: never a party to a deal ("United States", "仙台市")
 */
public record NameRules(
        Pattern coordination,
        Set<String> stopWords,
        List<Pattern> nonNames,
        Pattern descriptor,
        Map<String, String> regulators,
        Set<String> places) {
    public NameRules {
        stopWords = Set.copyOf(stopWords);
        nonNames = List.copyOf(nonNames);
        regulators = Map.copyOf(regulators);
        places = Set.copyOf(places);
    }

    /** Rules without a gazetteer of places. */
    public NameRules(
            Pattern coordination,
            Set<String> stopWords,
            List<Pattern> nonNames,
            Pattern descriptor,
            Map<String, String> regulators) {
        this(coordination, stopWords, nonNames, descriptor, regulators, Set.of());
    }

    /**
     * The tail words of a regulator's name that a rule may capture on their own when the name's "and" splits it:
     * "Markets Authority" of "Competition and Markets Authority".
     */
    public boolean isRegulatorFragment(String name) {
        for (String regulator : regulators.keySet()) {
            if (regulator.length() > name.length() + 1
                    && regulator.endsWith(name)
                    && Character.isWhitespace(regulator.charAt(regulator.length() - name.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
