package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyNamesTest {
    @Test
    void dropsCaseCorporateSuffixesAndPunctuation() {
        assertThat(PartyNames.normalize("Tiffany & Co.")).isEqualTo("tiffany");
        assertThat(PartyNames.normalize("Porsche AG")).isEqualTo("porsche");
        assertThat(PartyNames.normalize("Acme, Inc.")).isEqualTo("acme");
        assertThat(PartyNames.normalize("Character.AI")).isEqualTo("character ai");
    }

    @Test
    void matchesWholeWordPrefixesOnly() {
        assertThat(PartyNames.sameParty("adept", "adept ai")).isTrue();
        assertThat(PartyNames.sameParty("arm", "armada")).isFalse();
        assertThat(PartyNames.sameParty("", "x")).isFalse();
    }

    @Test
    void stripsTheLongestCjkCorporateSuffix() {
        assertThat(PartyNames.normalize("云帆数字科技股份有限公司")).isEqualTo("云帆数字科技");
    }
}
