package io.dealwire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;

class KoreanWordsTest {
    private static String word(String sentence, PartOfSpeech.Token t) {
        return sentence.substring(t.start(), t.end()) + "/" + t.tag();
    }

    @Test
    void separatesNamesFromTheParticlesGluedToThem() {
        String sentence = "삼성전자가 LG를 3억원에 인수했다.";
        List<PartOfSpeech.Token> words =
                PartOfSpeech.forLanguage("ko").orElseThrow().tag(sentence);

        assertThat(words.stream().map(t -> word(sentence, t)).toList())
                .startsWith("삼성전자/PROPN", "가/ADP", "LG/PROPN", "를/ADP", "3/NUM")
                .contains("인수/NOUN", "했/VERB", "./PUNCT");
        assertThat(words.get(0).start()).isZero();
        assertThat(words.get(0).end()).isEqualTo(4);
        assertThat(words.get(2).start()).isEqualTo(6);
    }

    @Test
    void readsACommonNounAsOneSureNoun() {
        String sentence = "회사는 협약을 맺었다.";
        List<PartOfSpeech.Token> words =
                PartOfSpeech.forLanguage("ko").orElseThrow().tag(sentence);

        assertThat(words).anySatisfy(w -> {
            assertThat(sentence.substring(w.start(), w.end())).isEqualTo("협약");
            assertThat(w.tag()).isEqualTo("NOUN");
            assertThat(w.probability()).isEqualTo(1.0);
        });
        assertThat(words).noneMatch(w -> sentence.substring(w.start(), w.end()).isBlank());
    }

    @Test
    void mapsNoriTagsToUniversalOnes() {
        assertThat(KoreanWords.universal(POS.Tag.NNP)).isEqualTo("PROPN");
        assertThat(KoreanWords.universal(POS.Tag.SL)).isEqualTo("PROPN");
        assertThat(KoreanWords.universal(POS.Tag.NNG)).isEqualTo("NOUN");
        assertThat(KoreanWords.universal(POS.Tag.NNB)).isEqualTo("NOUN");
        assertThat(KoreanWords.universal(POS.Tag.VV)).isEqualTo("VERB");
        assertThat(KoreanWords.universal(POS.Tag.XSV)).isEqualTo("VERB");
        assertThat(KoreanWords.universal(POS.Tag.VA)).isEqualTo("ADJ");
        assertThat(KoreanWords.universal(POS.Tag.VX)).isEqualTo("AUX");
        assertThat(KoreanWords.universal(POS.Tag.J)).isEqualTo("ADP");
        assertThat(KoreanWords.universal(POS.Tag.E)).isEqualTo("PART");
        assertThat(KoreanWords.universal(POS.Tag.SN)).isEqualTo("NUM");
        assertThat(KoreanWords.universal(POS.Tag.SF)).isEqualTo("PUNCT");
        assertThat(KoreanWords.universal(POS.Tag.SH)).isEqualTo("X");
        assertThat(KoreanWords.universal(POS.Tag.UNKNOWN)).isEqualTo("X");
    }
}
