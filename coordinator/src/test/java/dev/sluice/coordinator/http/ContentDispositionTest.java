package dev.sluice.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void anAsciiNameIsQuotedAsItIs() {
        assertThat(ContentDisposition.attachment("data.csv")).isEqualTo("attachment; filename=\"data.csv\"; filename*=UTF-8''data.csv");
    }

    @Test
    void quotesAndNonAsciiAreReplacedInThePlainNameAndEncodedInTheUtf8One() {
        assertThat(ContentDisposition.attachment("été \"x\".csv"))
                .isEqualTo("attachment; filename=\"_t_ _x_.csv\"; filename*=UTF-8''%C3%A9t%C3%A9%20%22x%22.csv");
    }
}
