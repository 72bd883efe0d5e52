package io.dealwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptMixTest {
    @Test
    void namesMayJoinAnUpperCaseLatinRunToOneOtherSystem() {
        assertThat(ScriptMix.isNameShaped("TCL科技")).isTrue();
        assertThat(ScriptMix.isNameShaped("SK하이닉스")).isTrue();
        assertThat(ScriptMix.isNameShaped("USスチール")).isTrue();
        assertThat(ScriptMix.isNameShaped("ソニーグループ")).isTrue();
        assertThat(ScriptMix.isNameShaped("3M")).isTrue();
        assertThat(ScriptMix.isNameShaped("Яндекс")).isTrue();
    }

    @Test
    void singleLettersAndLettersGluedAcrossSystemsAreNotNames() {
        assertThat(ScriptMix.isNameShaped("e")).isFalse();
        assertThat(ScriptMix.isNameShaped("k收")).isFalse();
        assertThat(ScriptMix.isNameShaped("Y购")).isFalse();
        assertThat(ScriptMix.isNameShaped("我股gn")).isFalse();
        assertThat(ScriptMix.isNameShaped("收ж")).isFalse();
        assertThat(ScriptMix.isNameShaped("2024")).isFalse();
    }

    @Test
    void proseInOneSystemWithAFewForeignNamesIsNotJunk() {
        assertThat(ScriptMix.isJunk("英特尔（Intel）宣布以54亿美元收购以色列芯片代工企业高塔半导体（Tower Semiconductor）。"))
                .isFalse();
        assertThat(ScriptMix.isJunk("SK하이닉스가 미국 반도체 설계 회사 인수를 검토하고 있다.")).isFalse();
        assertThat(ScriptMix.isJunk("Globex said on Monday it had agreed to buy Initech for $1.2 billion."))
                .isFalse();
    }

    @Test
    void lettersSwitchingSystemsAtEveryTurnAreJunk() {
        assertThat(ScriptMix.isJunk("k收Y购 我股gn O有株股 収会aб 买入股xк тد3ф 收ж lض")).isTrue();
    }
}
