package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.enrich.deal.PartyNames;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds the mentions of one deal (headline, lead sentence, later recalls) into one event: same type, a shared target
 * or partner, and no conflicting buyer. REGULATORY events fold by regulator.
 */
final class DealMerger {
    private static final Pattern ABBREVIATION = Pattern.compile("(?:g|hd)$");
    private static final Pattern LEGAL_FORM = Pattern.compile("(?:有限公司|股份公司|集团|控股|株式会社|ホールディングス)$");
    private static final Set<PartyRole> SUBJECTS = Set.of(PartyRole.TARGET, PartyRole.PARTNER);

    private DealMerger() {}

    static List<ExtractedDeal> merge(List<ExtractedDeal> candidates) {
        List<ExtractedDeal> merged = new ArrayList<>();
        for (ExtractedDeal candidate : candidates) {
            int same = indexOfSame(merged, candidate);
            if (same < 0) {
                merged.add(candidate);
            } else {
                merged.set(same, combine(merged.get(same), candidate));
            }
        }
        return merged;
    }

    private static int indexOfSame(List<ExtractedDeal> deals, ExtractedDeal candidate) {
        for (int i = 0; i < deals.size(); i++) {
            if (same(deals.get(i), candidate)) {
                return i;
            }
        }
        return -1;
    }

    static boolean same(ExtractedDeal a, ExtractedDeal b) {
        if (a.type() != b.type()) {
            return false;
        }
        if (a.type() == DealType.REGULATORY) {
            return shareAny(a, b, Set.of(PartyRole.BUYER));
        }
        boolean buyersAgree =
                !has(a, PartyRole.BUYER) || !has(b, PartyRole.BUYER) || shareAny(a, b, Set.of(PartyRole.BUYER));
        return buyersAgree && shareAny(a, b, SUBJECTS) && !differentRounds(a, b);
    }

    /**
     * Two rounds of one company that raised different sums in the same currency are two rounds: "annonce une série A
     * de 12 millions" and "avait levé 2,5 millions en amorçage en 2020".
     */
    private static boolean differentRounds(ExtractedDeal a, ExtractedDeal b) {
        if (a.type() != DealType.FUNDING_ROUND
                || a.amount().isEmpty()
                || b.amount().isEmpty()) {
            return false;
        }
        Amount x = a.amount().get();
        Amount y = b.amount().get();
        return x.currency().equals(y.currency())
                && Math.abs(x.value() - y.value()) > 0.05 * Math.max(x.value(), y.value());
    }

    static boolean shareAny(ExtractedDeal a, ExtractedDeal b, Set<PartyRole> roles) {
        for (PartyMention x : a.parties()) {
            for (PartyMention y : b.parties()) {
                if (roles.contains(x.role())
                        && roles.contains(y.role())
                        && sameParty(x.normalizedName(), y.normalizedName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two names the organisation registry knows as one organisation: "CMA" and "Competition and Markets Authority". */
    private static boolean sameOrganisation(String a, String b) {
        return REGISTRY.resolve(a)
                .flatMap(x -> REGISTRY.resolve(b).filter(y -> y.id().equals(x.id())))
                .isPresent();
    }

    private static final io.dealwire.enrich.registry.OrganisationRegistry REGISTRY =
            io.dealwire.enrich.registry.OrganisationRegistry.shipped();

    /**
     * The spec's prefix rule, plus the short forms CJK headlines use: "ソニーG" for "ソニーグループ", "日産" for
     * "日産自動車" (CJK names have no spaces, so the whole-word prefix rule never applies to them).
     */
    static boolean sameParty(String a, String b) {
        return PartyNames.sameParty(a, b)
                || sameOrganisation(a, b)
                || shortForm(a, b)
                || shortForm(b, a)
                || legalShortForm(a, b)
                || legalShortForm(b, a)
                || caseForms(a, b);
    }

    /** The longest case ending a Russian noun or adjective adds to its stem ("ювелирторг" → "ювелирторге"). */
    private static final int MAX_CASE_ENDING = 3;
    /** The shortest stem two case forms must share, so that short names never fold by ending. */
    private static final int MIN_STEM = 4;

    /**
     * Two Cyrillic names that differ only by case endings, word by word: a headline's "ювелирторге" or "дальзавода
     * холдинг" and the lead's "ювелирторг" or "дальзавод холдинг" (Russian inflects names, quoted ones too). Each pair
     * of words is equal, or both are Cyrillic, share a stem of {@value #MIN_STEM} letters or more, and go on for at most
     * {@value #MAX_CASE_ENDING} letters after it ("кошельке" and "кошелек").
     */
    static boolean caseForms(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (a.isEmpty() || b.isEmpty() || x.length != y.length || a.equals(b)) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i]) && !caseForm(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean caseForm(String x, String y) {
        if (!x.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                || !y.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return false;
        }
        int stem = 0;
        while (stem < Math.min(x.length(), y.length()) && x.charAt(stem) == y.charAt(stem)) {
            stem++;
        }
        return stem >= MIN_STEM && x.length() - stem <= MAX_CASE_ENDING && y.length() - stem <= MAX_CASE_ENDING;
    }

    /**
     * A CJK legal name and the short form articles use after it: "蚂蚁科技集团股份有限公司" then "蚂蚁集团". The short form
     * starts like the legal name, or like it after a seat of up to three characters, and its characters appear in it in
     * order; the legal name carries a corporate form (names arrive normalised, most without theirs) or holds the short
     * form's first three characters as written.
     */
    /**
     * The status of two mentions of one deal: the further along, a rumour giving way to an announcement and an
     * announcement to its completion or cancellation ("Halcyon agreed to buy Pinebridge" after "the deal could reduce
     * competition"); between completed and cancelled, the first mention's.
     */
    static DealStatus furthest(DealStatus first, DealStatus later) {
        return stage(later) > stage(first) ? later : first;
    }

    private static int stage(DealStatus status) {
        return switch (status) {
            case RUMORED -> 1;
            case ANNOUNCED -> 2;
            case COMPLETED, CANCELLED -> 3;
            default -> 0;
        };
    }

    static boolean legalShortForm(String shorter, String longer) {
        if (shorter.length() < 3
                || shorter.length() >= longer.length()
                || !shorter.codePoints().allMatch(c -> c >= 0x3000)
                || !(LEGAL_FORM.matcher(longer).find() || longer.contains(shorter.substring(0, 3)))) {
            return false;
        }
        // The legal name may open with its seat, which the short form drops: "苏州锂晟新能源科技有限公司" → "锂晟新能".
        int at = longer.indexOf(shorter.substring(0, 2));
        if (at < 0 || at > MAX_SEAT) {
            return false;
        }
        for (int i = 0; i < shorter.length() && at >= 0; i++) {
            at = longer.indexOf(shorter.charAt(i), at);
            at = at < 0 ? -1 : at + 1;
        }
        return at >= 0;
    }

    /** Characters of a seat ("上海", "石家庄") before the name proper in a CJK legal name. */
    private static final int MAX_SEAT = 3;

    private static boolean shortForm(String shorter, String longer) {
        String stem = ABBREVIATION.matcher(shorter).replaceFirst("");
        return stem.length() >= 2
                && stem.length() < longer.length()
                && stem.codePoints().allMatch(c -> c >= 0x3000)
                && longer.startsWith(stem);
    }

    private static int indexOfParty(List<PartyMention> parties, PartyMention p) {
        for (int i = 0; i < parties.size(); i++) {
            PartyMention q = parties.get(i);
            if (q.role() == p.role() && sameParty(q.normalizedName(), p.normalizedName())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean has(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream().anyMatch(p -> p.role() == role);
    }

    private static ExtractedDeal combine(ExtractedDeal first, ExtractedDeal later) {
        List<PartyMention> parties = new ArrayList<>(first.parties());
        for (PartyMention p : later.parties()) {
            // A later sentence often names a party by its short form ("Caldera" after "Caldera Freight Systems"):
            // one party, shown under its fuller name.
            int known = indexOfParty(parties, p);
            if (known < 0) {
                parties.add(p);
            } else if (p.normalizedName().length()
                    > parties.get(known).normalizedName().length()) {
                parties.set(known, p);
            }
        }
        boolean useLaterEvidence =
                first.evidence().isTitle() && !later.evidence().isTitle();
        return new ExtractedDeal(
                first.type(),
                furthest(first.status(), later.status()),
                parties,
                first.amount().or(later::amount),
                first.stakePercent().or(later::stakePercent),
                first.valuation().or(later::valuation),
                useLaterEvidence ? later.evidence() : first.evidence(),
                Math.min(1.0, Math.max(first.confidence(), later.confidence()) + 0.05));
    }
}
