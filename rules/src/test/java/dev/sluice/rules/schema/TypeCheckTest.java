package dev.sluice.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.value.DateOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeCheckTest {

    private final TypeCheck check = TypeCheck.defaults();

    private static final FieldSchema TIER = new FieldSchema("tier", "Tier", FieldType.ENUM, false, false,
            List.of(new EnumOption("gold", "Gold tier"), new EnumOption("silver", null)), null);

    @Test
    void aBlankRequiredValueIsAnErrorNamingTheLabel() {
        FieldSchema email = new FieldSchema("email", "Email", FieldType.EMAIL, true, false, List.of(), null);

        assertThat(check.check(email, "  ")).containsExactly(FieldMessage.error("email", "required", "Email is required"));
        assertThat(check.check(email, null)).hasSize(1);
    }

    @Test
    void aBlankOptionalValueIsNeitherMissingNorMistyped() {
        assertThat(check.check(FieldSchema.of("age", FieldType.NUMBER), "")).isEmpty();
        assertThat(check.check(FieldSchema.of("age", FieldType.NUMBER), null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "string|anything at all|none",
            "number|1,234.5|none",
            "number|12abc|invalid_number",
            "number|1.234,5|invalid_number",
            "boolean|Yes|none",
            "boolean|maybe|invalid_boolean",
            "date|2024-03-05|none",
            "date|Mar 5, 2024|none",
            "date|02/30/2024|invalid_date",
            "date|25/12/2024|invalid_date",
            "email|ada@example.com|none",
            "email|ada@example|invalid_email",
            "phone|(415) 555-2671|none",
            "phone|+44 20 7946 0958|none",
            "phone|12|invalid_phone",
            "phone|call me|invalid_phone",
            "phone|(415) 155-2671|unlikely_phone"})
    void checksValuesAgainstTheirType(String type, String value, String code) {
        List<FieldMessage> messages = check.type(FieldSchema.of("f", FieldType.fromWire(type)), value);

        assertThat(messages.stream().map(FieldMessage::code).toList())
                .isEqualTo(code == null ? List.of() : List.of(code));
    }

    @Test
    void typeErrorsQuoteTheValue() {
        assertThat(check.type(FieldSchema.of("age", FieldType.NUMBER), " twelve "))
                .containsExactly(FieldMessage.error("age", "invalid_number", "'twelve' is not a number"));
    }

    @Test
    void anUnassignedPhoneNumberIsOnlyAWarning() {
        FieldMessage message = check.type(FieldSchema.of("phone", FieldType.PHONE), "(415) 155-2671").get(0);

        assertThat(message.isError()).isFalse();
    }

    @Test
    void theDefaultRegionDecidesHowLocalPhoneNumbersAreRead() {
        TypeCheck british = new TypeCheck("GB", DateOrder.MDY);

        assertThat(british.type(FieldSchema.of("p", FieldType.PHONE), "020 7946 0958")).isEmpty();
        assertThat(check.type(FieldSchema.of("p", FieldType.PHONE), "020 7946 0958")).isNotEmpty();
    }

    @Test
    void theDateOrderDecidesHowSlashedDatesAreRead() {
        TypeCheck european = new TypeCheck("US", DateOrder.DMY);

        assertThat(european.type(FieldSchema.of("d", FieldType.DATE), "25/12/2024")).isEmpty();
    }

    @Test
    void theExactEnumValuePasses() {
        assertThat(check.type(TIER, "gold")).isEmpty();
    }

    @Test
    void anotherCaseOrTheLabelPassesWithAWarningNamingTheValue() {
        assertThat(check.type(TIER, "GOLD"))
                .containsExactly(FieldMessage.warning("tier", "enum_not_canonical", "'GOLD' is read as 'gold'"));
        assertThat(check.type(TIER, "gold TIER"))
                .containsExactly(FieldMessage.warning("tier", "enum_not_canonical", "'gold TIER' is read as 'gold'"));
    }

    @Test
    void aValueThatIsNoOptionIsAnErrorListingTheOptions() {
        assertThat(check.type(TIER, "bronze"))
                .containsExactly(FieldMessage.error("tier", "invalid_enum", "'bronze' is not one of gold, silver"));
    }

    @Test
    void jsonScalarsAreCheckedByWhatTheyAre() {
        assertThat(check.type(FieldSchema.of("n", FieldType.NUMBER), 42)).isEmpty();
        assertThat(check.type(FieldSchema.of("b", FieldType.BOOLEAN), true)).isEmpty();
        assertThat(check.type(FieldSchema.of("b", FieldType.BOOLEAN), 7)).hasSize(1);
    }
}
