package dev.sluice.rules.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.FieldMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransformationsTest {

    static final Set<String> FIELDS = Set.of("name", "email", "phone", "born", "notes", "code");

    static JsonNode json(String text) {
        return Json.tree(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    static Transformations parse(String list) throws InvalidRequestException {
        return Transformations.parse(json(list), FIELDS);
    }

    @Test
    void theGuidesTransformationsRunInOrder() throws Exception {
        Transformations steps = parse("""
                [{'field': 'name', 'operation': 'titleCase'},
                 {'field': 'email', 'operation': 'lowercase'},
                 {'field': 'phone', 'operation': 'formatPhone'}]""");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", "ada LOVELACE");
        record.put("email", "Ada@Example.COM");
        record.put("phone", "(415) 555-2671");
        record.put("notes", "untouched");

        TransformResult result = steps.apply(record);

        assertThat(result.record()).containsExactly(Map.entry("name", "Ada Lovelace"),
                Map.entry("email", "ada@example.com"), Map.entry("phone", "+14155552671"),
                Map.entry("notes", "untouched"));
        assertThat(result.messages()).isEmpty();
    }

    @Test
    void anUnparseablePhoneIsARecordErrorAndKeepsItsValue() throws Exception {
        TransformResult result = parse("[{'field': 'phone', 'operation': 'formatPhone'}]")
                .apply(Map.of("phone", "call me"));

        assertThat(result.record()).containsEntry("phone", "call me");
        assertThat(result.messages()).containsExactly(FieldMessage.error("phone", "invalid_phone",
                "'call me' is not a phone number (read with default region US)"));
    }

    @Test
    void formatPhoneReadsLocalNumbersInTheDefaultRegion() throws Exception {
        TransformResult result = parse("[{'field': 'phone', 'operation': 'formatPhone', 'defaultRegion': 'gb'}]")
                .apply(Map.of("phone", "020 7946 0958"));

        assertThat(result.record()).containsEntry("phone", "+442079460958");
    }

    @Test
    void formatDateWritesIsoFromTheCommonFormats() throws Exception {
        Transformations steps = parse("[{'field': 'born', 'operation': 'formatDate'}]");

        assertThat(steps.apply(Map.of("born", "12/10/1815")).record()).containsEntry("born", "1815-12-10");
        assertThat(steps.apply(Map.of("born", "10 Dec 1815")).record()).containsEntry("born", "1815-12-10");
        assertThat(steps.apply(Map.of("born", "10.12.1815")).record()).containsEntry("born", "1815-12-10");
    }

    @Test
    void formatDateReadsDayFirstWhenAsked() throws Exception {
        Transformations steps = parse("[{'field': 'born', 'operation': 'formatDate', 'dateOrder': 'DMY'}]");

        assertThat(steps.apply(Map.of("born", "10/12/1815")).record()).containsEntry("born", "1815-12-10");
    }

    @Test
    void formatDateWithAnInputFormatReadsOnlyThatFormat() throws Exception {
        Transformations steps = parse("[{'field': 'born', 'operation': 'formatDate', 'inputFormat': 'yyyyMMdd'}]");

        assertThat(steps.apply(Map.of("born", "18151210")).record()).containsEntry("born", "1815-12-10");
        TransformResult refused = steps.apply(Map.of("born", "1815-12-10"));
        assertThat(refused.record()).containsEntry("born", "1815-12-10");
        assertThat(refused.messages()).containsExactly(FieldMessage.error("born", "invalid_date",
                "'1815-12-10' is not a date in 'yyyyMMdd'"));
    }

    @Test
    void anUnreadableDateIsARecordError() throws Exception {
        TransformResult result = parse("[{'field': 'born', 'operation': 'formatDate'}]").apply(Map.of("born", "31/12/1815"));

        assertThat(result.messages()).extracting(FieldMessage::code).containsExactly("invalid_date");
        assertThat(result.record()).containsEntry("born", "31/12/1815");
    }

    @Test
    void replaceIsLiteralByDefault() throws Exception {
        TransformResult result = parse("[{'field': 'code', 'operation': 'replace', 'pattern': '.', 'replacement': '-'}]")
                .apply(Map.of("code", "a.b.c"));

        assertThat(result.record()).containsEntry("code", "a-b-c");
    }

    @Test
    void replaceWithRegexUsesGroups() throws Exception {
        TransformResult result = parse("""
                [{'field': 'phone', 'operation': 'replace', 'regex': true, 'pattern': '(\\\\d{3})-(\\\\d{4})',
                  'replacement': '$2-$1'}]""").apply(Map.of("phone", "555-1234"));

        assertThat(result.record()).containsEntry("phone", "1234-555");
    }

    @Test
    void replaceWithoutAReplacementDeletes() throws Exception {
        TransformResult result = parse("[{'field': 'notes', 'operation': 'replace', 'pattern': 'very '}]")
                .apply(Map.of("notes", "a very very good lead"));

        assertThat(result.record()).containsEntry("notes", "a good lead");
    }

    @Test
    void stepsOnOneFieldCompose() throws Exception {
        TransformResult result = parse("""
                [{'field': 'email', 'operation': 'trim'}, {'field': 'email', 'operation': 'uppercase'},
                 {'field': 'email', 'operation': 'replace', 'pattern': '@', 'replacement': ' AT '}]""")
                .apply(Map.of("email", "  ada@example.com\t"));

        assertThat(result.record()).containsEntry("email", "ADA AT EXAMPLE.COM");
    }

    @Test
    void nullAndAbsentValuesAreLeftAlone() throws Exception {
        Map<String, Object> record = new HashMap<>();
        record.put("name", null);

        TransformResult result = parse("[{'field': 'name', 'operation': 'titleCase'}, {'field': 'phone', 'operation': 'formatPhone'}]")
                .apply(record);

        assertThat(result.record()).doesNotContainKey("phone").containsKey("name");
        assertThat(result.record().get("name")).isNull();
        assertThat(result.messages()).isEmpty();
    }

    @Test
    void aValueAStepDoesNotChangeKeepsItsType() throws Exception {
        TransformResult result = parse("[{'field': 'code', 'operation': 'trim'}, {'field': 'notes', 'operation': 'uppercase'}]")
                .apply(Map.of("code", 42, "notes", 7.5));

        assertThat(result.record()).containsEntry("code", 42).containsEntry("notes", 7.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown operation|[{'field': 'name', 'operation': 'titlecase'}]|config.transformations[0].operation|unknown operation 'titlecase'; use one of formatDate, formatPhone, lowercase, replace, titleCase, trim, uppercase",
            "unknown field|[{'field': 'name', 'operation': 'trim'}, {'field': 'nmae', 'operation': 'trim'}]|config.transformations[1].field|unknown field 'nmae'; the fields are born, code, email, name, notes, phone",
            "missing field|[{'operation': 'trim'}]|config.transformations[0].field|is required",
            "missing operation|[{'field': 'name'}]|config.transformations[0].operation|is required",
            "unknown argument|[{'field': 'phone', 'operation': 'formatPhone', 'region': 'GB'}]|config.transformations[0].region|unknown field",
            "argument of another operation|[{'field': 'name', 'operation': 'trim', 'pattern': 'x'}]|config.transformations[0].pattern|unknown field",
            "unknown region|[{'field': 'phone', 'operation': 'formatPhone', 'defaultRegion': 'XX'}]|config.transformations[0].defaultRegion|unknown region 'XX'",
            "unknown date order|[{'field': 'born', 'operation': 'formatDate', 'dateOrder': 'YMD'}]|config.transformations[0].dateOrder|unknown order 'YMD'",
            "order and format|[{'field': 'born', 'operation': 'formatDate', 'dateOrder': 'DMY', 'inputFormat': 'dd/MM/yyyy'}]|config.transformations[0].dateOrder|not both",
            "bad input format|[{'field': 'born', 'operation': 'formatDate', 'inputFormat': 'MM/yyyy'}]|config.transformations[0].inputFormat|is not a date pattern",
            "replace without pattern|[{'field': 'code', 'operation': 'replace', 'replacement': 'x'}]|config.transformations[0].pattern|is required",
            "bad regex|[{'field': 'code', 'operation': 'replace', 'regex': true, 'pattern': '(a'}]|config.transformations[0].pattern|is not an RE2 regular expression: missing closing )",
            "backreference|[{'field': 'code', 'operation': 'replace', 'regex': true, 'pattern': '(a)\\\\1'}]|config.transformations[0].pattern|is not an RE2 regular expression",
            "missing group|[{'field': 'code', 'operation': 'replace', 'regex': true, 'pattern': '(a)', 'replacement': '$2'}]|config.transformations[0].replacement|refers to group $2 but the pattern has 1 group",
            "regex not a boolean|[{'field': 'code', 'operation': 'replace', 'regex': 'yes', 'pattern': 'a'}]|config.transformations[0].regex|must be true or false",
            "entry not an object|['trim']|config.transformations[0]|must be an object",
            "empty list|[]|config.transformations|non-empty array",
            "not a list|{'field': 'name'}|config.transformations|non-empty array"})
    void rejectsBadStepsNamingTheFieldPath(String what, String list, String field, String reason) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> parse(list));

        assertThat(e).as("rejected").isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).contains(reason);
    }

    @Test
    void anAbsentListIsRejected() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> Transformations.parse(null, FIELDS));

        assertThat(e.field()).isEqualTo("config.transformations");
    }
}
