package dev.sluice.rules.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ada@example.com", "Ada.Lovelace+news@mail.example.co.uk", "o'brien@example.ie",
            "x@a-b.io", "first_last@xn--bcher-kva.example", "a!#$%&*/=?^`{|}~@example.org"})
    void acceptsAddressesAMailFormAccepts(String address) {
        assertThat(Emails.isValid(address)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
            ".ada@example.com", "ada.@example.com", "a..da@example.com", "ada@-example.com", "ada@example-.com",
            "ada@example..com", "ada lovelace@example.com", "\"ada\"@example.com", "ada@[192.168.0.1]",
            "adà@example.com", "ada@example.com "})
    void refusesTheRest(String address) {
        assertThat(Emails.isValid(address)).isFalse();
    }

    @Test
    void refusesAddressesLongerThan254Characters() {
        String domain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(10) + ".com";
        assertThat(Emails.isValid("x@" + domain)).as("%d characters", 2 + domain.length()).isFalse();
        assertThat(Emails.isValid("x@" + domain.substring(10))).isTrue();
    }
}
