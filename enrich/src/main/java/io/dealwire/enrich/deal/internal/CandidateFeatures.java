package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.schemas.avro.PartyRole;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evidence the scorer weighs about a proposed deal, as named features: where the proposal came from (a rule or a
 * trigger and its form), its type, what the sentence says besides (money, a stake, a status, negation, a modal),
 * the shape of the party names and how far they stood from the trigger.
 */
final class CandidateFeatures {
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)(?:^|\\s)(?:inc|corp|corporation|co|ltd|plc|llc|lp|l\\.p|ag|se|sa|sas|spa|s\\.p\\.a|srl|s\\.r\\.l|gmbh|"
                    + "bv|b\\.v|nv|n\\.v|asa|ab|oyj|holdings?|group|groupe|gruppe|grupo|gruppo|capital|partners|ventures|"
                    + "bank|bancorp|pharmaceuticals|industries|systems|technologies|labs|ПАО|АО|ООО)\\.?$");
    private static final Pattern NEGATION = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:not|no|never|n't|pas|jamais|nicht|kein\\p{L}*|nie|non|nunca|niet|geen|не|нет)(?!\\p{L})");
    private static final Pattern MODAL = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:could|(?-i:may|MAY)|might|would|considering|weighing|exploring|talks|pourrait|envisage|"
                    + "discussions|könnte|erwägt|gespräche|podría|estudia|negociaciones|potrebbe|valuta|trattative|"
                    + "poderia|avalia|negociações|zou|overweegt|gesprekken|может|рассматривает|переговоры)(?!\\p{L})");
    private static final Pattern UPPER = Pattern.compile("\\p{Lu}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** The feature every deal a rule read has. */
    static final String RULE = "src:rule";

    private CandidateFeatures() {}

    /** Features of a deal a rule read. */
    static Set<String> ofRule(ExtractedDeal deal, String sentence, String language, int sentenceIndex) {
        Set<String> f = common(deal, sentence, language, sentenceIndex, "rule");
        return f;
    }

    /** Features of a deal a trigger proposed. */
    static Set<String> ofTrigger(
            ExtractedDeal deal,
            String sentence,
            String language,
            int sentenceIndex,
            TriggerSet.Form form,
            TriggerReader.Gaps gaps) {
        Set<String> f = common(
                deal,
                sentence,
                language,
                sentenceIndex,
                "trigger:" + form.name().toLowerCase());
        f.add("gapL:" + bucket(gaps.left()));
        f.add("gapR:" + bucket(gaps.right()));
        f.add("form×type:" + form + "×" + deal.type());
        f.add("names:" + Math.min(gaps.names(), 6));
        return f;
    }

    private static Set<String> common(
            ExtractedDeal deal, String sentence, String language, int sentenceIndex, String source) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add("src:" + source);
        f.add("type:" + deal.type());
        f.add("src×type:" + source + "×" + deal.type());
        f.add("lang:" + language);
        f.add("lang×src:" + language + "×" + source);
        f.add("status:" + deal.status());
        f.add("sentence:" + Math.min(sentenceIndex, 3));
        if (deal.evidence().isTitle()) {
            f.add("title");
        }
        if (deal.amount().isPresent()) {
            f.add("amount");
        }
        if (deal.stakePercent().isPresent()) {
            f.add("stake");
        }
        boolean buyer = deal.parties().stream().anyMatch(p -> p.role() == PartyRole.BUYER);
        f.add(buyer ? "buyer" : "nobuyer");
        f.add("type×buyer:" + deal.type() + "×" + buyer);
        for (PartyMention p : deal.parties()) {
            String role = p.role().name();
            int words = p.name().split("\\s+").length;
            f.add(role + ":words" + Math.min(words, 3));
            if (LEGAL_FORM.matcher(p.name()).find()) {
                f.add(role + ":legal");
            }
            if (sentence.startsWith(p.name()) && words == 1) {
                f.add(role + ":initial");
            }
            if (p.name().length() <= 3) {
                f.add(role + ":short");
            }
            if (!p.name().codePoints().anyMatch(Character::isUpperCase)
                    && p.name().codePoints().anyMatch(Character::isLowerCase)) {
                f.add(role + ":lower");
            }
        }
        if (NEGATION.matcher(sentence).find()) {
            f.add("negation");
        }
        if (MODAL.matcher(sentence).find()) {
            f.add("modal");
        }
        if (mostlyUpper(sentence)) {
            f.add("caps");
        }
        return f;
    }

    private static boolean mostlyUpper(String sentence) {
        long letters = LETTER.matcher(sentence).results().count();
        long upper = UPPER.matcher(sentence).results().count();
        return letters >= 12 && upper * 10 >= letters * 7;
    }

    private static String bucket(int gap) {
        if (gap < 0) {
            return "none";
        }
        return gap <= 3 ? "0" : gap <= 15 ? "1" : gap <= 40 ? "2" : "3";
    }
}
