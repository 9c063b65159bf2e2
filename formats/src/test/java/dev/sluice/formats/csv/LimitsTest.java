package dev.sluice.formats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private static final CsvLimits SMALL = new CsvLimits(8, 12, 3);

    @Test
    void aFiveMegabyteFieldIsReadWhole() {
        String big = "x".repeat(5 << 20);
        byte[] file = ("id,blob\n1,\"" + big + "\"\n2,small\n").getBytes(UTF_8);

        Parsed parsed = Parsing.whole(file, CsvFormat.DEFAULT);

        assertThat(parsed.values()).containsExactly(List.of("1", big), List.of("2", "small"));
        assertThat(parsed.rows().get(1).byteOffset()).isEqualTo(8 + 2 + 1 + big.length() + 2);
    }

    @Test
    void aFieldPastTheLimitStopsTheParseNamingRowAndByte() {
        Parsed parsed = Parsing.whole("a\n123456789\n".getBytes(UTF_8), CsvFormat.DEFAULT, SMALL);

        assertThat(parsed.failure()).isEqualTo(
                "row 2 (byte 10): a field longer than 8 characters (the limit) — is a quote left open?");
    }

    @Test
    void aFieldOfExactlyTheLimitIsRead() {
        Parsed parsed = Parsing.whole("a\n12345678\n".getBytes(UTF_8), CsvFormat.DEFAULT, SMALL);

        assertThat(parsed.values()).containsExactly(List.of("12345678"));
    }

    @Test
    void aRowPastTheLimitStopsTheParse() {
        Parsed parsed = Parsing.whole("a,b\n1234567,123456\n".getBytes(UTF_8), CsvFormat.DEFAULT.withHeaders(false), SMALL);

        assertThat(parsed.failure()).isEqualTo("row 2 (byte 17): a row longer than 12 characters (the limit)");
    }

    @Test
    void aRowWithTooManyFieldsStopsTheParse() {
        Parsed parsed = Parsing.whole("a,b,c\n1,2,3,4\n".getBytes(UTF_8), CsvFormat.DEFAULT, SMALL);

        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.failure()).isEqualTo("row 2 (byte 13): a row with more than 3 fields (the limit)");
    }

    @Test
    void theDefaultsAre16MiCharactersPerField64MiPerRowAnd100000Fields() {
        assertThat(CsvLimits.DEFAULTS).isEqualTo(new CsvLimits(16_777_216, 67_108_864L, 100_000));
    }

    @Test
    void limitsMustBePositiveAndARowHoldAtLeastAField() {
        assertThatThrownBy(() -> new CsvLimits(10, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvLimits(0, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvLimits(1, 5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
