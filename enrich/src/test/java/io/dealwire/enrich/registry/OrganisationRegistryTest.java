package io.dealwire.enrich.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OrganisationRegistryTest {
    private static OrganisationRegistry registry(String text) throws IOException {
        return OrganisationRegistry.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void resolvesEveryNameInEveryScriptIgnoringLegalForms() throws IOException {
        OrganisationRegistry r = registry("# comment\n"
                + "nordlicht\tcompany\tDE\tNordlicht Werke AG | Nordlicht | ノルトリヒト | 诺德利希特\n"
                + "kfta\tregulator\tKR\tKorea Fair Trade Commission | KFTC | 공정거래위원회\n");

        assertThat(r.resolve("Nordlicht Werke").map(Organisation::id)).contains("nordlicht");
        assertThat(r.resolve("ノルトリヒト").map(Organisation::canonicalName)).contains("Nordlicht Werke AG");
        assertThat(r.resolve("공정거래위원회").map(Organisation::kind)).contains("regulator");
        assertThat(r.resolve("Südlicht")).isEmpty();
        assertThat(r.size()).isEqualTo(2);
    }

    @Test
    void aNameTwoOrganisationsShareIsNeverGuessed() throws IOException {
        OrganisationRegistry r = registry(
                "orbit-a\tcompany\tUS\tOrbit Systems | Orbit\n" + "orbit-b\tcompany\tGB\tOrbit Media | Orbit\n");

        assertThat(r.resolve("Orbit")).isEmpty();
        assertThat(r.resolve("Orbit Media").map(Organisation::id)).contains("orbit-b");
    }

    @Test
    void aMalformedLineOrARepeatedIdIsNamed() {
        assertThatThrownBy(() -> registry("a\tcompany\tUS\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> registry("a\tcompany\tUS\tA\na\tcompany\tUS\tB\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id a repeated");
    }

    @Test
    void theShippedRegistryHoldsCompaniesInvestorsAndRegulatorsInSeveralScripts() {
        OrganisationRegistry shipped = OrganisationRegistry.shipped();

        assertThat(shipped.size()).isGreaterThanOrEqualTo(3_000);
        assertThat(shipped.resolve("European Commission").map(Organisation::kind))
                .contains("regulator");
        assertThat(shipped.resolve("Commission européenne").map(Organisation::kind))
                .contains("regulator");
        assertThat(shipped.resolve("公正取引委員会").map(Organisation::kind)).contains("regulator");
        assertThat(shipped.resolve("Sequoia Capital").map(Organisation::kind)).contains("investor");
        assertThat(shipped.resolve("마이크로소프트")).isEqualTo(shipped.resolve("Microsoft"));
    }
}
