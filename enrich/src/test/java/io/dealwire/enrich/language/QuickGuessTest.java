package io.dealwire.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuickGuessTest {
    private static final QuickGuess GUESS = QuickGuess.forLanguages(LanguageDetector.defaultLanguages());

    @Test
    void kanaMakesJapaneseAndHanWithoutKanaChinese() {
        assertThat(GUESS.guess("北辰工業は南海化成を買収すると発表した。").map(DetectedLanguage::code))
                .contains("ja");
        assertThat(GUESS.guess("北辰工业宣布以十亿元收购南海化成。").map(DetectedLanguage::code)).contains("zh");
    }

    @Test
    void functionWordsDecideNeighbouringRomanceLanguages() {
        assertThat(GUESS.guess("La empresa Norvale ha comprado el grupo Pellicot por 200 millones de euros, según"
                                + " los datos que la compañía publicó este martes, y los accionistas lo aprobaron"
                                + " con una amplia mayoría.")
                        .map(DetectedLanguage::code))
                .contains("es");
        assertThat(GUESS.guess("A empresa Norvale comprou o grupo Pellicot por 200 milhões de euros, segundo os"
                                + " dados que a companhia publicou nesta terça-feira, e os acionistas aprovaram a"
                                + " operação com uma ampla maioria. Foi a maior compra do setor no ano.")
                        .map(DetectedLanguage::code))
                .contains("pt");
    }

    @Test
    void leavesShortOrMixedTextsToTheStatisticalDetector() {
        assertThat(GUESS.guess("Norvale buys Pellicot")).isEqualTo(Optional.empty());
    }
}
