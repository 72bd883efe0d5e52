package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.text.ScriptMix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text a rule captured for a party into company names: splits coordinations, drops possessives, leading
 * articles and descriptions, and rejects words that are not names.
 */
final class NameCleaner {
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.\"'’»)」』]+$");
    private static final Pattern LEADING = Pattern.compile("^[\\s\"'‘«(「『]+");
    private static final Pattern ABBREVIATED = Pattern.compile("(?:Co|Inc|Corp|Ltd|Bros|S\\.A|N\\.V)\\.$");
    private static final int MAX_NAME = 60;
    /** What is left when a "description" was the name itself: "Commerzbank AG" is no bank called AG. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)(?:AG|SE|SA|NV|BV|KG|KGaA|GmbH|GmbH & Co\\. KG|Inc|Corp|Co|Ltd|plc|LLC|S\\.?p\\.?A|S\\.?A|AB|ASA|A/S|Oy|Oyj)\\.?");

    private final NameRules rules;

    NameCleaner(NameRules rules) {
        this.rules = rules;
    }

    /** The names in {@code captured}, in order; empty when none is a plausible company name; a regulator's name is not split. */
    List<String> names(String captured, boolean splitCoordination) {
        List<String> names = new ArrayList<>();
        if (captured == null) {
            return names;
        }
        String[] pieces = splitCoordination ? rules.coordination().split(captured) : new String[] {captured};
        for (String piece : pieces) {
            String name = splitCoordination ? clean(piece) : regulator(piece);
            // A regulator comes from the lexicon's list: a name by construction, even when it reads like a common noun.
            if (!splitCoordination || plausible(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private String regulator(String piece) {
        String name = TRAILING.matcher(piece.strip()).replaceAll("");
        return rules.regulators().getOrDefault(name, name);
    }

    private String clean(String piece) {
        String name = LEADING.matcher(piece).replaceAll("");
        if (!ABBREVIATED.matcher(name).find()) {
            name = TRAILING.matcher(name).replaceAll("");
        }
        name = POSSESSIVE.matcher(name).replaceAll("");
        Matcher description = rules.descriptor().matcher(name);
        int cut = 0;
        while (description.find()) {
            if (description.end() < name.length()
                    && !LEGAL_FORM.matcher(name.substring(description.end())).matches()) {
                cut = description.end();
            }
        }
        // What a description leaves may open with a quote ("ПАО «Северсталь»" → "«Северсталь").
        name = cut > 0 ? LEADING.matcher(name.substring(cut)).replaceAll("") : name;
        List<String> words = new ArrayList<>(Arrays.asList(name.split("\\s+")));
        while (words.size() > 1 && isStop(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words).strip();
    }

    private boolean plausible(String name) {
        if (name.isEmpty()
                || name.length() > MAX_NAME
                || isStop(name)
                || !ScriptMix.isNameShaped(name)
                || rules.places().contains(name.toLowerCase(Locale.ROOT))
                || rules.isRegulatorFragment(name)) {
            return false;
        }
        return rules.nonNames().stream().noneMatch(p -> p.matcher(name).matches());
    }

    private boolean isStop(String word) {
        return rules.stopWords().contains(word.toLowerCase(Locale.ROOT));
    }
}
