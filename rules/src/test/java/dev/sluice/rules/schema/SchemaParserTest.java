package dev.sluice.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.request.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaParserTest {

    private static JsonNode json(String text) {
        return Json.tree(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidRequestException rejection(String body) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> SchemaParser.parse(json(body)));
        assertThat(e).as("rejected").isNotNull();
        return e;
    }

    @Test
    void readsSheetsFieldsOptionsAndRules() throws Exception {
        Schema schema = SchemaParser.parse(json("""
                {'name': 'Customers', 'sheets': [{'key': 'contacts', 'name': 'Contacts', 'fields': [
                  {'key': 'email', 'label': 'Email', 'type': 'email', 'required': true, 'unique': true,
                   'description': 'Where we write to'},
                  {'key': 'age', 'type': 'number'},
                  {'key': 'tier', 'type': 'enum', 'options': ['gold', {'value': 'silver', 'label': 'Silver tier'}]}],
                 'rules': [{'expression': 'age >= 18', 'message': 'must be an adult', 'field': 'age',
                            'level': 'warning'}]}]}
                """));

        SheetSchema sheet = schema.sheet("contacts").orElseThrow();
        assertThat(sheet.name()).isEqualTo("Contacts");
        assertThat(sheet.fields()).containsExactly(
                new FieldSchema("email", "Email", FieldType.EMAIL, true, true, List.of(), "Where we write to"),
                new FieldSchema("age", "age", FieldType.NUMBER, false, false, List.of(), null),
                new FieldSchema("tier", "tier", FieldType.ENUM, false, false,
                        List.of(new EnumOption("gold", "gold"), new EnumOption("silver", "Silver tier")), null));
        assertThat(sheet.rules()).containsExactly(
                new RuleSpec("age >= 18", "must be an adult", "age", RecordMessage.Level.WARNING));
    }

    @Test
    void aSheetWithoutAKeyIsKeyedByItsName() throws Exception {
        Schema schema = SchemaParser.parse(json("{'sheets': [{'name': 'Sales Leads 2024', 'fields': [{'key': 'a', 'type': 'string'}]}]}"));

        assertThat(schema.sheets().get(0).key()).isEqualTo("sales_leads_2024");
    }

    @Test
    void typesAreReadInAnyCase() throws Exception {
        Schema schema = SchemaParser.parse(json("{'sheets': [{'key': 's', 'fields': [{'key': 'd', 'type': 'Date'}]}]}"));

        assertThat(schema.sheets().get(0).fields().get(0).type()).isEqualTo(FieldType.DATE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown type|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'string'}, {'key': 'b', 'type': 'text'}]}]}|sheets[0].fields[1].type|unknown type 'text'",
            "missing type|{'sheets': [{'key': 's', 'fields': [{'key': 'a'}]}]}|sheets[0].fields[0].type|is required",
            "missing key|{'sheets': [{'key': 's', 'fields': [{'type': 'string'}]}]}|sheets[0].fields[0].key|is required",
            "enum without options|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'enum'}]}]}|sheets[0].fields[0].options|needs at least one option",
            "enum with empty options|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'enum', 'options': []}]}]}|sheets[0].fields[0].options|needs at least one option",
            "options on a string|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'string', 'options': ['x']}]}]}|sheets[0].fields[0].options|only enum fields",
            "duplicate option|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'enum', 'options': ['Gold', 'gold']}]}]}|sheets[0].fields[0].options[1]|'gold' is already an option (options[0])",
            "label clashing with a value|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'enum', 'options': ['g', {'value': 's', 'label': 'G'}]}]}]}|sheets[0].fields[0].options[1]|'G' is already an option",
            "blank option|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'enum', 'options': [' ']}]}]}|sheets[0].fields[0].options[0]|cannot be blank",
            "duplicate field key|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'string'}, {'key': 'b', 'type': 'string'}, {'key': 'a', 'type': 'number'}]}]}|sheets[0].fields[2].key|already used by fields[0]",
            "duplicate sheet key|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'string'}]}, {'name': 'S', 'fields': [{'key': 'a', 'type': 'string'}]}]}|sheets[1].key|already used by sheets[0]",
            "unknown field property|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'string', 'requried': true}]}]}|sheets[0].fields[0].requried|unknown field",
            "required not a boolean|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'string', 'required': 'yes'}]}]}|sheets[0].fields[0].required|must be true or false",
            "no sheets|{'sheets': []}|sheets|at least one sheet",
            "sheets not an array|{'sheets': {}}|sheets|must be an array",
            "no fields|{'sheets': [{'key': 's', 'fields': []}]}|sheets[0].fields|at least one field",
            "no key or name|{'sheets': [{'fields': [{'key': 'a', 'type': 'string'}]}]}|sheets[0].key|needs a key or a name",
            "rule without message|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'number'}], 'rules': [{'expression': 'a > 1'}]}]}|sheets[0].rules[0].message|is required",
            "rule on unknown field|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'number'}], 'rules': [{'expression': 'a > 1', 'message': 'm', 'field': 'b'}]}]}|sheets[0].rules[0].field|no field 'b'",
            "rule with unknown level|{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'number'}], 'rules': [{'expression': 'a > 1', 'message': 'm', 'level': 'fatal'}]}]}|sheets[0].rules[0].level|unknown level 'fatal'"})
    void rejectsBadSchemasNamingTheFieldPath(String what, String body, String field, String reason) {
        InvalidRequestException e = rejection(body);

        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).contains(reason);
    }

    @Test
    void theUnknownTypeMessageListsTheTypes() {
        assertThat(rejection("{'sheets': [{'key': 's', 'fields': [{'key': 'a', 'type': 'int'}]}]}").reason())
                .isEqualTo("unknown type 'int'; use one of string, number, boolean, date, enum, email, phone");
    }
}
