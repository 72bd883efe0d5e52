package io.dealwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.withDefaultAbbreviations();

    @Test
    void keepsAbbreviationsInsideSentences() {
        String text = "Die Firma zahlt 4 Mrd. Euro an die Acme Corp. Chairman Lee Brandt sagte nichts. 第一句。第二句。";
        List<String> sentences =
                splitter.split(text).stream().map(Sentence::text).toList();
        assertThat(sentences)
                .containsExactly(
                        "Die Firma zahlt 4 Mrd. Euro an die Acme Corp. Chairman Lee Brandt sagte nichts.",
                        "第一句。",
                        "第二句。");
    }

    @Test
    void aLegalFormEndsTheSentenceWhenTheNextWordOpensOne() {
        String text =
                "Allied Tools Corp is in talks with Bancroft Machinery Inc. It gave no details. Acme Inc. Das ist viel.";
        List<String> sentences =
                splitter.split(text).stream().map(Sentence::text).toList();
        assertThat(sentences)
                .containsExactly(
                        "Allied Tools Corp is in talks with Bancroft Machinery Inc.",
                        "It gave no details.",
                        "Acme Inc.",
                        "Das ist viel.");
    }

    @Test
    void splitsOnEveryCjkStop() {
        List<String> sentences = splitter.split("買収を発表した。本当か？驚きだ！次の文").stream()
                .map(Sentence::text)
                .toList();
        assertThat(sentences).containsExactly("買収を発表した。", "本当か？", "驚きだ！", "次の文");
    }

    @Test
    void offsetsIndexTheText() {
        String text = "  One here.  Two there! ";
        for (Sentence s : splitter.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(splitter.split(text)).hasSize(2);
    }
}
