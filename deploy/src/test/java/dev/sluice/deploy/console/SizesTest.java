package dev.sluice.deploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void bytesBelowAThousandAreShownAsTheyAre() {
        assertThat(Sizes.format(0)).isEqualTo("0 B");
        assertThat(Sizes.format(999)).isEqualTo("999 B");
    }

    @Test
    void largerCountsTakeTheLargestDecimalUnitThatKeepsThemBelowAThousand() {
        assertThat(Sizes.format(1000)).isEqualTo("1.0 kB");
        assertThat(Sizes.format(7_302_805)).isEqualTo("7.3 MB");
        assertThat(Sizes.format(2_147_483_648L)).isEqualTo("2.1 GB");
    }

    @Test
    void aValueThatWouldRoundToAThousandMovesToTheNextUnit() {
        assertThat(Sizes.format(999_949)).isEqualTo("999.9 kB");
        assertThat(Sizes.format(999_960)).isEqualTo("1.0 MB");
    }
}
