package io.dealwire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The labelled corpus keeps to its own guidelines (corpus/deals/GUIDELINES.md). */
class CorpusTest {
    static final Path CORPUS = Path.of("..", "corpus", "deals");
    private static final Set<String> LANGUAGES =
            Set.of("en", "fr", "de", "es", "it", "pt", "nl", "zh", "ja", "ko", "ru");
    private static final Set<String> GENRES =
            Set.of("wire", "analysis", "press-release", "brief", "announcement", "translated", "news", "negative");

    @Test
    void everyArticleIsWellFormedAndNamesItsPartiesAsWritten() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String split : GoldCorpus.SPLITS) {
            for (GoldArticle a : GoldCorpus.split(CORPUS, split)) {
                String where = split + "/" + a.id() + ": ";
                if (!LANGUAGES.contains(a.language())) {
                    problems.add(where + "language " + a.language());
                }
                if (!GENRES.contains(a.genre())) {
                    problems.add(where + "genre " + a.genre());
                }
                if (!a.id().startsWith(a.language() + "-" + a.genre() + "-")) {
                    problems.add(where + "id does not say its language and genre");
                }
                String text = a.title() + "\n" + a.text();
                for (GoldDeal d : a.deals()) {
                    if (Arrays.stream(DealType.values()).noneMatch(t -> t.name().equals(d.type()))) {
                        problems.add(where + "type " + d.type());
                    }
                    if (d.status() != null
                            && Arrays.stream(DealStatus.values())
                                    .noneMatch(s -> s.name().equals(d.status()))) {
                        problems.add(where + "status " + d.status());
                    }
                    if (d.target().isEmpty() && d.partner().isEmpty()) {
                        problems.add(where + d.type() + " without target or partners");
                    }
                    for (List<String> names : List.of(d.buyer(), d.target(), d.partner())) {
                        names.stream()
                                .filter(n -> !text.contains(n))
                                .forEach(n -> problems.add(where + "'" + n + "' is not in the article"));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void holdsElevenLanguagesAtLeastEightyArticlesEachAndAQuarterNegatives() throws IOException {
        List<GoldArticle> all = new ArrayList<>();
        for (String split : GoldCorpus.SPLITS) {
            all.addAll(GoldCorpus.split(CORPUS, split));
        }
        Map<String, Long> perLanguage =
                all.stream().collect(Collectors.groupingBy(GoldArticle::language, Collectors.counting()));
        assertThat(perLanguage.keySet()).isEqualTo(LANGUAGES);
        assertThat(perLanguage.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(80));
        assertThat(all).hasSizeGreaterThanOrEqualTo(1_200);
        long negatives = all.stream().filter(a -> a.deals().isEmpty()).count();
        assertThat(negatives * 4).isGreaterThanOrEqualTo(all.size());
    }

    @Test
    void theSplitsShareNoArticle() throws IOException {
        Map<String, String> seen = new HashMap<>();
        for (String split : GoldCorpus.SPLITS) {
            for (GoldArticle a : GoldCorpus.split(CORPUS, split)) {
                assertThat(seen.put(a.id(), split)).as(a.id()).isNull();
            }
        }
    }
}
