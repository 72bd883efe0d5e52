package io.dealwire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseWordsTest {
    @Test
    void findsTheWordsOfAnUnspacedSentenceWithTheirTags() {
        String sentence = "杭州瓦特云能源科技有限公司获得国网英大产业投资基金3亿元增资。";
        List<PartOfSpeech.Token> words =
                PartOfSpeech.forLanguage("zh").orElseThrow().tag(sentence);

        assertThat(words).anySatisfy(w -> {
            assertThat(sentence.substring(w.start(), w.end())).isEqualTo("获得");
            assertThat(w.tag()).isEqualTo("VERB");
        });
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).start())
                    .as("words in order, never overlapping")
                    .isGreaterThanOrEqualTo(words.get(i - 1).end());
        }
    }

    @Test
    void mapsHanlpTagsToUniversalOnes() {
        assertThat(ChineseWords.universal("nt")).isEqualTo("PROPN");
        assertThat(ChineseWords.universal("nrf")).isEqualTo("PROPN");
        assertThat(ChineseWords.universal("vn")).isEqualTo("NOUN");
        assertThat(ChineseWords.universal("vi")).isEqualTo("VERB");
        assertThat(ChineseWords.universal("ude1")).isEqualTo("PART");
        assertThat(ChineseWords.universal("cc")).isEqualTo("CCONJ");
    }
}
