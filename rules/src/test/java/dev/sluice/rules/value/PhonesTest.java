package dev.sluice.rules.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    void formatsNumbersOfTheDefaultRegionInE164() {
        assertThat(Phones.e164("(415) 555-2671", "US")).contains("+14155552671");
        assertThat(Phones.e164("020 7946 0958", "GB")).contains("+442079460958");
        assertThat(Phones.e164("020 7946 0958", "gb")).as("region in any case").contains("+442079460958");
    }

    @Test
    void internationalNumbersIgnoreTheDefaultRegion() {
        assertThat(Phones.e164("+44 20 7946 0958", "US")).contains("+442079460958");
    }

    @Test
    void tellsImpossibleFromUnassignedFromValid() {
        assertThat(Phones.check("(415) 555-2671", "US")).isEqualTo(PhoneCheck.VALID);
        assertThat(Phones.check("12", "US")).isEqualTo(PhoneCheck.NOT_POSSIBLE);
        assertThat(Phones.check("not a phone", "US")).isEqualTo(PhoneCheck.UNPARSEABLE);
        assertThat(Phones.check("(415) 155-2671", "US")).as("exchange codes never start with 1")
                .isEqualTo(PhoneCheck.NOT_ASSIGNED);
    }

    @Test
    void knowsWhichRegionsItHasDataFor() {
        assertThat(Phones.isSupportedRegion("DE")).isTrue();
        assertThat(Phones.isSupportedRegion("XX")).isFalse();
        assertThat(Phones.isSupportedRegion(null)).isFalse();
    }
}
