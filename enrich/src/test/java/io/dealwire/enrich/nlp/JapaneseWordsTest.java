package io.dealwire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseWordsTest {
    private static String word(String sentence, PartOfSpeech.Token t) {
        return sentence.substring(t.start(), t.end()) + "/" + t.tag();
    }

    @Test
    void findsTheWordsOfAnUnspacedSentenceWithTheirTags() {
        String sentence = "トヨタ自動車がスズキに出資した。";
        List<PartOfSpeech.Token> words =
                PartOfSpeech.forLanguage("ja").orElseThrow().tag(sentence);

        assertThat(words.stream().map(t -> word(sentence, t)).toList())
                .containsExactly(
                        "トヨタ自動車/PROPN", "が/ADP", "スズキ/PROPN", "に/ADP", "出資/NOUN", "し/VERB", "た/AUX", "。/PUNCT");
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).start()).isEqualTo(words.get(i - 1).end());
        }
    }

    @Test
    void takesAKatakanaWordMissingFromTheDictionaryForAnUnsureName() {
        String sentence = "三菱商事は、米国のソラリスエナジー社と資本業務提携を結んだ。";
        List<PartOfSpeech.Token> words =
                PartOfSpeech.forLanguage("ja").orElseThrow().tag(sentence);

        assertThat(words).anySatisfy(w -> {
            assertThat(sentence.substring(w.start(), w.end())).isEqualTo("ソラリスエナジー");
            assertThat(w.tag()).isEqualTo("PROPN");
            assertThat(w.probability()).isLessThan(0.9);
        });
        assertThat(words).anySatisfy(w -> {
            assertThat(sentence.substring(w.start(), w.end())).isEqualTo("資本");
            assertThat(w.tag()).isEqualTo("NOUN");
            assertThat(w.probability()).isEqualTo(1.0);
        });
    }

    @Test
    void mapsIpadicTagsToUniversalOnes() {
        assertThat(JapaneseWords.universal("名詞-固有名詞-組織")).isEqualTo("PROPN");
        assertThat(JapaneseWords.universal("名詞-固有名詞-地域-国")).isEqualTo("PROPN");
        assertThat(JapaneseWords.universal("名詞-一般")).isEqualTo("NOUN");
        assertThat(JapaneseWords.universal("名詞-サ変接続")).isEqualTo("NOUN");
        assertThat(JapaneseWords.universal("名詞-数")).isEqualTo("NUM");
        assertThat(JapaneseWords.universal("動詞-自立")).isEqualTo("VERB");
        assertThat(JapaneseWords.universal("助詞-格助詞-一般")).isEqualTo("ADP");
        assertThat(JapaneseWords.universal("助動詞")).isEqualTo("AUX");
        assertThat(JapaneseWords.universal("記号-句点")).isEqualTo("PUNCT");
        assertThat(JapaneseWords.unknown("ロボリンク", "名詞-一般")).isEqualTo("PROPN");
        assertThat(JapaneseWords.unknown("KADOKAWA", "名詞-一般")).isEqualTo("PROPN");
        assertThat(JapaneseWords.unknown("50", "名詞-数")).isEqualTo("NUM");
        assertThat(JapaneseWords.unknown("%", "名詞-サ変接続")).isEqualTo("PUNCT");
    }
}
