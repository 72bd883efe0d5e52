package io.dealwire.enrich.deal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTriggersTest {
    @Test
    void triggersAreTheVerbAlternatives() {
        assertThat(RequiredLiterals.of("(?<buyer>[A-Z]\\w+),?\\s+(?:acquires|buys|bought)\\s+(?<target>[A-Z]\\w+)"))
                .contains(java.util.Set.of("acquires", "buys", "bought"));
    }

    @Test
    void optionalPiecesDoNotJoinLiteralsAcrossThem() {
        assertThat(RequiredLiterals.of("(?:will|has)\\b[^.;]{0,120}?\\bunder\\s+an?\\s+deal"))
                .contains(java.util.Set.of("under"));
    }

    @Test
    void quotedNamesAndCaseInsensitiveGroupsAreLowerCased() {
        assertThat(RequiredLiterals.of("(?:\\QCMA\\E|\\QFTC\\E),?\\s+\\w+")).contains(java.util.Set.of("cma", "ftc"));
        assertThat(RequiredLiterals.of("(?i:Clears)\\s+\\w+")).contains(java.util.Set.of("clears"));
    }

    @Test
    void aRuleWithNoLiteralHasNoTriggers() {
        assertThat(RequiredLiterals.of("[A-Z]\\w+\\s+\\d+")).isEmpty();
    }

    @Test
    void scannerReportsEveryWordPresentIgnoringCase() {
        TriggerScanner scanner = new TriggerScanner(List.of("buys", "uy", "sells", "收购"));
        assertThat(scanner.scan("Norvale BUYS Pellicot").stream().boxed().toList())
                .containsExactly(0, 1);
        assertThat(scanner.scan("诺瓦乐宣布收购佩利科").stream().boxed().toList()).containsExactly(3);
        assertThat(scanner.scan("nothing here").isEmpty()).isTrue();
    }

    @Test
    void scannerFollowsFailureLinksIntoOverlappingWords() {
        TriggerScanner scanner = new TriggerScanner(List.of("he", "she", "his", "hers", "acquire", "quire"));
        assertThat(scanner.scan("ushers").stream().boxed().toList()).containsExactly(0, 1, 3);
        assertThat(scanner.scan("Norvale acquired Pellicot").stream().boxed().toList())
                .containsExactly(4, 5);
        assertThat(scanner.scan("ahishe").stream().boxed().toList()).containsExactly(0, 1, 2);
        assertThat(new TriggerScanner(List.of()).scan("anything").isEmpty()).isTrue();
    }

    @Test
    void literalFilterSkipsOnlyRegexesWhoseTriggersAreAbsent() {
        LiteralFilter filter = new LiteralFilter(List.of(
                java.util.regex.Pattern.compile("(?i)\\b(?:denied|denies)\\b"),
                java.util.regex.Pattern.compile("\\d+"),
                java.util.regex.Pattern.compile("\\bshare (?:buyback|repurchase)s?\\b")));
        java.util.BitSet present = filter.scan("The company DENIED the report");
        assertThat(filter.mayMatch(present, 0)).isTrue();
        assertThat(filter.mayMatch(present, 1)).isTrue();
        assertThat(filter.mayMatch(present, 2)).isFalse();
        assertThat(filter.mayMatch(filter.scan("a share buyback"), 2)).isTrue();
    }
}
