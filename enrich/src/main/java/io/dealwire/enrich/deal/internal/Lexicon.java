package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.amount.AmountParser;
import io.dealwire.schemas.avro.DealStatus;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything the extractor knows about one language, loaded from {@code io/dealwire/enrich/lexicon/<code>/}.
 *
 * @param language ISO 639-1 code
 * @param patterns deal rules in file order (earlier rules win over later overlapping ones)
 * @param statusCues status words in priority order
 * @param vetoes a sentence matching one of these reports no deal (buybacks, customer acquisition, denials)
 * @param names how names are written
 * @param amounts the language's money parser
 * @param valuation words that introduce a valuation ("valuing", "valorise", "bewertet")
 * @param stake words after a percentage that make it a stake ("of the capital", "Prozent an")
 * @param dealValue words right before a sum that make it a price or money raised ("for", "pour", "買収額は")
 * @param ipoCue words that make money raised a listing rather than a private round ("in its IPO", "Börsengang")
 * @param stakeWord words right before a percentage, anywhere in the sentence, that make it a stake ("a stake of")
 * @param context words for reading a sentence in the light of its article
 */
public record Lexicon(
        String language,
        List<DealPattern> patterns,
        List<StatusCue> statusCues,
        List<Pattern> vetoes,
        NameRules names,
        AmountParser amounts,
        Pattern valuation,
        Pattern stake,
        Pattern dealValue,
        Pattern ipoCue,
        Pattern stakeWord,
        ContextCues context) {

    /**
     * A word that tells where a deal stands.
     *
     * @param status the status it implies
     * @param regex the cue
     */
    public record StatusCue(DealStatus status, Pattern regex) {}

    /** Copies the lists so that the record is immutable. */
    public Lexicon {
        patterns = List.copyOf(patterns);
        statusCues = List.copyOf(statusCues);
        vetoes = List.copyOf(vetoes);
    }

    /** A lexicon without IPO, stake or context cues. */
    public Lexicon(
            String language,
            List<DealPattern> patterns,
            List<StatusCue> statusCues,
            List<Pattern> vetoes,
            NameRules names,
            AmountParser amounts,
            Pattern valuation,
            Pattern stake,
            Pattern dealValue) {
        this(
                language,
                patterns,
                statusCues,
                vetoes,
                names,
                amounts,
                valuation,
                stake,
                dealValue,
                Pattern.compile("(?!)"),
                Pattern.compile("(?!)"),
                ContextCues.none());
    }
}
