package io.dealwire.enrich.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese words and their parts of speech from HanLP's dictionary segmenter (its portable build: the dictionaries ship
 * inside the jar, nothing is fetched or written). HanLP's own tag set is mapped to Universal Dependencies tags so that
 * readers treat every tagged language alike: organisation, person and place names ({@code nt}, {@code nr},
 * {@code ns}, {@code nz}, abbreviations {@code j}) become PROPN, verbs VERB, function words ADP, PART, CCONJ, PRON.
 * HanLP gives no probabilities; every tag is reported as sure.
 *
 * <p>The dictionaries load once per process, on first use (about half a second). Each thread segments with its own
 * segmenter.
 */
final class ChineseWords {
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOrganizationRecognize(false)
            .enablePlaceRecognize(true)
            .enableNameRecognize(true));

    List<PartOfSpeech.Token> tag(String sentence) {
        List<Term> terms = segment.get().seg(sentence);
        List<PartOfSpeech.Token> tokens = new ArrayList<>(terms.size());
        int at = 0;
        for (Term term : terms) {
            // HanLP normalises nothing in this configuration, so each word is found where the last one ended.
            int start = sentence.indexOf(term.word, at);
            if (start < 0) {
                continue;
            }
            int end = start + term.word.length();
            at = end;
            if (term.word.isBlank()) {
                continue;
            }
            tokens.add(new PartOfSpeech.Token(start, end, universal(String.valueOf(term.nature)), 1.0));
        }
        return tokens;
    }

    /** HanLP's tag (PKU style with HanLP's additions) as a Universal Dependencies tag. */
    static String universal(String nature) {
        if (nature.startsWith("nr")
                || nature.startsWith("ns")
                || nature.startsWith("nt")
                || nature.equals("nz")
                || nature.equals("nx")
                || nature.startsWith("j")) {
            return "PROPN";
        }
        if (nature.equals("vn") || nature.equals("an")) {
            return "NOUN";
        }
        return switch (nature.charAt(0)) {
            case 'n', 'g', 't', 's', 'f', 'h', 'k' -> "NOUN";
            case 'v' -> "VERB";
            case 'a', 'b', 'z' -> "ADJ";
            case 'd' -> "ADV";
            case 'p' -> "ADP";
            case 'c' -> "CCONJ";
            case 'u' -> "PART";
            case 'r' -> "PRON";
            case 'm', 'q' -> "NUM";
            case 'w' -> "PUNCT";
            case 'y', 'e', 'o' -> "INTJ";
            default -> "X";
        };
    }
}
