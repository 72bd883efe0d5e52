package io.dealwire.enrich.amount;

import io.dealwire.enrich.deal.Amount;
import io.dealwire.enrich.text.FullWidth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sums of money in a sentence in one language's conventions ("$68.7 billion", "68,7 milliards de dollars",
 * "4 Mrd. Euro", "1.200 millones de euros", "10亿美元", "1兆2000億円", "１０億円", "650 M$") and normalises them to whole units.
 *
 * <p>Immutable and thread-safe; linear in the sentence length (possessive quantifiers only).
 */
public final class AmountParser {
    private static final String NUMBER = "\\d{1,4}+(?:[.,\\u00a0\\u202f ]\\d{3})*+(?:[.,]\\d{1,3}+)?+";
    private static final Pattern SEPARATOR = Pattern.compile("[.,\\u00a0\\u202f ]");

    private final AmountLexicon lexicon;
    private final Pattern mention;
    private final List<Pattern> currencies;
    private final List<Pattern> scales;
    private final Pattern hedge;
    private final Pattern perUnit;
    private final Pattern scaled;

    /** A parser for one language's lexicon. */
    public AmountParser(AmountLexicon lexicon) {
        this.lexicon = lexicon;
        String cur = alternation(lexicon.currencies());
        String scale = alternation(lexicon.scales());
        String prefix = "(?<pcur>" + cur + ")\\s?(?<pnum>" + NUMBER + ")(?:\\s?(?<pscale>" + scale + "))?+";
        // "1兆2000億円", "1조 2000억원": a second figure with a smaller scale may follow the first one's scale.
        String suffix =
                "(?<snum>" + NUMBER + ")(?:\\s?(?<sscale>" + scale + ")(?:\\s?(?<snum2>\\d{1,4}+)(?<sscale2>" + scale
                        + "))?+)?+"
                        + "\\s?(?:de\\s|di\\s|d['’]|of\\s)?(?<scur>" + cur + ")";
        // A figure ending in a CJK currency may run into a Latin word ("5亿元B轮融资"); a Latin one may not ("5 mx").
        this.mention = Pattern.compile("(?<![\\p{IsLatin}\\d])(?:" + prefix + "|" + suffix + ")"
                + "(?:(?<=[\\p{IsHan}\\p{IsKatakana}ー])|(?![\\p{IsLatin}\\d]))");
        this.currencies = lexicon.currencies().stream()
                .map(t -> Pattern.compile(t.regex()))
                .toList();
        this.scales =
                lexicon.scales().stream().map(t -> Pattern.compile(t.regex())).toList();
        this.scaled = Pattern.compile("(?<![\\p{IsLatin}\\d])" + NUMBER + "\\s?(?:" + scale
                + ")(?:(?<=[\\p{IsHan}\\p{IsHangul}])|(?![\\p{IsLatin}]))");
        this.hedge = Pattern.compile("(?:" + String.join("|", lexicon.hedges()) + ")\\s?$", Pattern.CASE_INSENSITIVE);
        this.perUnit =
                Pattern.compile("^\\s?(?:" + String.join("|", lexicon.perUnit()) + ")", Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether {@code text} has a figure with a scale but no currency ("levantó 25 millones", "320 milioni"): a sum of
     * money in the sentences that report rounds, whose currency the article gave elsewhere.
     */
    public boolean hasScaledFigure(String text) {
        String sentence = FullWidth.foldDigits(text);
        return sentence.chars().anyMatch(c -> c >= '0' && c <= '9')
                && scaled.matcher(sentence).find();
    }

    /** Every sum of money in {@code sentence}, in order of appearance. */
    public List<MoneyMention> find(String text) {
        String sentence = FullWidth.foldDigits(text);
        List<MoneyMention> found = new ArrayList<>();
        if (sentence.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            // Every form needs a figure; most sentences have none.
            return found;
        }
        Matcher m = mention.matcher(sentence);
        while (m.find()) {
            boolean prefixed = m.group("pcur") != null;
            String number = prefixed ? m.group("pnum") : m.group("snum");
            String scaleText = prefixed ? m.group("pscale") : m.group("sscale");
            String currencyText = prefixed ? m.group("pcur") : m.group("scur");
            int curStart = prefixed ? m.start("pcur") : m.start("scur");
            Optional<String> code =
                    lookup(sentence, curStart, curStart + currencyText.length(), currencies, lexicon.currencies());
            if (code.isEmpty()) {
                continue;
            }
            int scaleStart = scaleText == null ? 0 : prefixed ? m.start("pscale") : m.start("sscale");
            double value = parseNumber(number, lexicon.decimalComma()) * factor(sentence, scaleText, scaleStart);
            if (!prefixed && m.group("snum2") != null) {
                value +=
                        Double.parseDouble(m.group("snum2")) * factor(sentence, m.group("sscale2"), m.start("sscale2"));
            }
            boolean approximate = hedge.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start()))
                    .find();
            boolean unit = perUnit.matcher(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 20)))
                    .find();
            found.add(new MoneyMention(new Amount(value, code.get(), approximate), m.start(), m.end(), unit));
        }
        return found;
    }

    private double factor(String sentence, String scaleText, int scaleStart) {
        if (scaleText == null) {
            return 1;
        }
        return lookup(sentence, scaleStart, scaleStart + scaleText.length(), scales, lexicon.scales())
                .map(Double::parseDouble)
                .orElse(1.0);
    }

    /**
     * Parses a number written with thousands separators and a decimal mark: the last separator is the decimal mark
     * when it is the language's or is not followed by exactly three digits; every other separator groups thousands.
     */
    static double parseNumber(String text, boolean decimalComma) {
        Matcher sep = SEPARATOR.matcher(text);
        int last = -1;
        while (sep.find()) {
            last = sep.start();
        }
        if (last < 0) {
            return Double.parseDouble(text);
        }
        char mark = text.charAt(last);
        int digitsAfter = text.length() - last - 1;
        boolean decimal = (mark == (decimalComma ? ',' : '.')) || (digitsAfter != 3 && (mark == '.' || mark == ','));
        String integer = text.substring(0, decimal ? last : text.length()).replaceAll("[^\\d]", "");
        String fraction = decimal ? text.substring(last + 1) : "";
        return Double.parseDouble(integer + (fraction.isEmpty() ? "" : "." + fraction));
    }

    // Matched in place, with transparent bounds, so that a form's lookahead ("M" only before "$") still holds.
    private static Optional<String> lookup(
            String sentence, int start, int end, List<Pattern> patterns, List<AmountLexicon.Term> terms) {
        for (int i = 0; i < patterns.size(); i++) {
            Matcher form = patterns.get(i)
                    .matcher(sentence)
                    .region(start, sentence.length())
                    .useTransparentBounds(true);
            if (form.lookingAt() && form.end() == end) {
                return Optional.of(terms.get(i).value());
            }
        }
        return Optional.empty();
    }

    private static String alternation(List<AmountLexicon.Term> terms) {
        List<String> forms =
                new ArrayList<>(terms.stream().map(AmountLexicon.Term::regex).toList());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        return forms.isEmpty() ? "(?!)" : "(?:" + String.join("|", forms) + ")";
    }
}
