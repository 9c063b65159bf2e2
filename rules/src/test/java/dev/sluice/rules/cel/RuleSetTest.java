package dev.sluice.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.schema.EnumOption;
import dev.sluice.rules.schema.FieldSchema;
import dev.sluice.rules.schema.FieldType;
import dev.sluice.rules.schema.RuleSpec;
import dev.sluice.rules.value.DateOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final List<FieldSchema> FIELDS = List.of(
            FieldSchema.of("age", FieldType.NUMBER),
            FieldSchema.of("country", FieldType.STRING),
            FieldSchema.of("vip", FieldType.BOOLEAN),
            FieldSchema.of("start", FieldType.DATE),
            FieldSchema.of("end", FieldType.DATE),
            new FieldSchema("tier", "Tier", FieldType.ENUM, false, false,
                    List.of(new EnumOption("gold", "Gold tier"), new EnumOption("silver", null)), null),
            FieldSchema.of("e-mail", FieldType.EMAIL));

    private static final RuleSpec ADULT_IN_US = RuleSpec.of("age >= 18 || country != \"US\"", "must be 18 in the US");

    private static Map<String, Object> record(Object... keysAndValues) {
        Map<String, Object> record = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            record.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return record;
    }

    private static RuleSet rules(String... expressions) throws InvalidRequestException {
        return RuleSet.compile(java.util.Arrays.stream(expressions).map(e -> RuleSpec.of(e, "broken: " + e)).toList(),
                FIELDS);
    }

    private static RuleVerdict verdict(String expression, Map<String, Object> record) throws InvalidRequestException {
        return rules(expression).verdicts(record).get(0);
    }

    private static InvalidRequestException rejection(List<RuleSpec> rules) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> RuleSet.compile(rules, FIELDS));
        assertThat(e).as("rejected").isNotNull();
        return e;
    }

    @Test
    void aRecordThatBreaksARuleGetsItsMessage() throws Exception {
        RuleSet rules = RuleSet.compile(List.of(ADULT_IN_US), FIELDS);

        assertThat(rules.evaluate(record("age", "17", "country", "US")))
                .containsExactly(FieldMessage.error(null, "rule_failed", "must be 18 in the US"));
        assertThat(rules.evaluate(record("age", "18", "country", "US"))).isEmpty();
        assertThat(rules.evaluate(record("age", "16", "country", "CA"))).isEmpty();
    }

    @Test
    void theMessageGoesToTheRulesFieldAtTheRulesLevel() throws Exception {
        RuleSet rules = RuleSet.compile(
                List.of(new RuleSpec("age < 120", "is not a human age", "age", RecordMessage.Level.WARNING)), FIELDS);

        assertThat(rules.evaluate(record("age", "130")))
                .containsExactly(FieldMessage.warning("age", "rule_failed", "is not a human age"));
    }

    @Test
    void everyBrokenRuleIsReportedInRuleOrder() throws Exception {
        RuleSet rules = rules("age > 100.0", "country == \"US\"", "vip");

        assertThat(rules.evaluate(record("age", 30, "country", "CA", "vip", "no")))
                .extracting(FieldMessage::message)
                .containsExactly("broken: age > 100.0", "broken: country == \"US\"", "broken: vip");
    }

    @Test
    void aRuleThatDependsOnAnAbsentFieldIsSkippedNamingIt() throws Exception {
        RuleVerdict verdict = verdict(ADULT_IN_US.expression(), record("country", "US"));

        assertThat(verdict.outcome()).isEqualTo(RuleVerdict.Outcome.SKIPPED);
        assertThat(verdict.detail()).isEqualTo("depends on absent fields: age");
        assertThat(verdict.message()).isEmpty();
    }

    @Test
    void aRuleThatCanBeDecidedWithoutTheAbsentFieldIsDecided() throws Exception {
        assertThat(verdict(ADULT_IN_US.expression(), record("country", "CA")).outcome())
                .isEqualTo(RuleVerdict.Outcome.PASSED);
        assertThat(verdict("age >= 18 && country == \"US\"", record("country", "CA")).outcome())
                .isEqualTo(RuleVerdict.Outcome.FAILED);
    }

    @Test
    void blankAndUnreadableValuesAreAbsent() throws Exception {
        assertThat(verdict("age >= 18", record("age", "  ")).outcome()).isEqualTo(RuleVerdict.Outcome.SKIPPED);
        assertThat(verdict("age >= 18", record("age", "eighteen")).outcome()).isEqualTo(RuleVerdict.Outcome.SKIPPED);
        assertThat(verdict("age >= 18 && vip", record()).detail()).isEqualTo("depends on absent fields: age, vip");
    }

    @Test
    void valuesAreReadAsTheirFieldsType() throws Exception {
        assertThat(verdict("age == 1234.5", record("age", "1,234.5")).outcome()).isEqualTo(RuleVerdict.Outcome.PASSED);
        assertThat(verdict("vip", record("vip", "Yes")).outcome()).isEqualTo(RuleVerdict.Outcome.PASSED);
        assertThat(verdict("country == \"US\"", record("country", " US ")).outcome())
                .as("strings are trimmed").isEqualTo(RuleVerdict.Outcome.PASSED);
        assertThat(verdict("tier == \"gold\"", record("tier", "Gold Tier")).outcome())
                .as("enums are their canonical value").isEqualTo(RuleVerdict.Outcome.PASSED);
    }

    @Test
    void datesAreIsoStringsThatCompareInDateOrder() throws Exception {
        Map<String, Object> record = record("start", "12/31/2023", "end", "Jan 2, 2024");

        assertThat(verdict("start < end", record).outcome()).isEqualTo(RuleVerdict.Outcome.PASSED);
        assertThat(verdict("start == \"2023-12-31\"", record).outcome()).isEqualTo(RuleVerdict.Outcome.PASSED);
    }

    @Test
    void slashedDatesFollowTheGivenOrder() throws Exception {
        RuleSet rules = RuleSet.compile(List.of(RuleSpec.of("start == \"2024-04-03\"", "m")), FIELDS,
                "sheets[0].rules", DateOrder.DMY);

        assertThat(rules.verdicts(record("start", "03/04/2024")).get(0).outcome()).isEqualTo(RuleVerdict.Outcome.PASSED);
    }

    @Test
    void standardFunctionsWork() throws Exception {
        assertThat(verdict("country.matches(\"^[A-Z]{2}$\") && size(country) == 2", record("country", "US")).outcome())
                .isEqualTo(RuleVerdict.Outcome.PASSED);
        assertThat(verdict("country in [\"US\", \"CA\"]", record("country", "MX")).outcome())
                .isEqualTo(RuleVerdict.Outcome.FAILED);
    }

    @Test
    void aDivisionByZeroBecomesAMessageNotAnException() throws Exception {
        RuleSet rules = rules("int(age) / 0 > 1");

        List<FieldMessage> messages = rules.evaluate(record("age", 5));

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).code()).isEqualTo("rule_error");
        assertThat(messages.get(0).message()).isEqualTo(
                "broken: int(age) / 0 > 1 (the rule could not be evaluated: evaluation error at <input>:9: / by zero)");
    }

    @Test
    void aMissingMapKeyBecomesAnError() throws Exception {
        RuleVerdict verdict = verdict("{\"US\": 18}[country] <= age", record("country", "CA", "age", 20));

        assertThat(verdict.outcome()).isEqualTo(RuleVerdict.Outcome.ERROR);
        assertThat(verdict.detail()).contains("CA");
    }

    @Test
    void anIntegerOverflowBecomesAnError() throws Exception {
        assertThat(verdict("int(age) * 9223372036854775807 > 0", record("age", 2)).outcome())
                .isEqualTo(RuleVerdict.Outcome.ERROR);
    }

    @Test
    void aSyntaxErrorIsRejectedNamingTheRuleWithCelsReason() {
        InvalidRequestException e = rejection(List.of(ADULT_IN_US, RuleSpec.of("age >= 18 &&", "m")));

        assertThat(e.field()).isEqualTo("config.rules[1]");
        assertThat(e.reason()).startsWith("does not compile: 1:13: mismatched input '<EOF>'");
    }

    @Test
    void anUnknownFieldIsRejected() {
        InvalidRequestException e = rejection(List.of(RuleSpec.of("agee >= 18", "m")));

        assertThat(e.field()).isEqualTo("config.rules[0]");
        assertThat(e.reason()).isEqualTo("does not compile: 1:1: undeclared reference to 'agee' (in container '')");
    }

    @Test
    void aRuleWhoseResultIsNotBooleanIsRejected() {
        InvalidRequestException e = rejection(List.of(RuleSpec.of("age + 1.0", "m")));

        assertThat(e.field()).isEqualTo("config.rules[0]");
        assertThat(e.reason()).contains("does not compile").contains("bool").contains("double");
    }

    @Test
    void aTypeMismatchIsRejected() {
        InvalidRequestException e = rejection(List.of(RuleSpec.of("country > 5", "m")));

        assertThat(e.reason()).contains("found no matching overload for '_>_' applied to '(string, int)'");
    }

    @Test
    void aFieldWhoseKeyIsNoIdentifierCannotBeNamed() {
        assertThat(rejection(List.of(RuleSpec.of("e-mail != \"\"", "m"))).reason()).contains("undeclared reference to 'e'");
    }

    @Test
    void aRuleAboutAnUnknownFieldIsRejectedAtThatField() {
        InvalidRequestException e = rejection(List.of(new RuleSpec("age > 1.0", "m", "height", null)));

        assertThat(e.field()).isEqualTo("config.rules[0].field");
    }

    @Test
    void theRequestPathOfSchemaRulesIsNamed() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> RuleSet.compile(
                List.of(RuleSpec.of("(", "m")), FIELDS, "sheets[2].rules", DateOrder.MDY));

        assertThat(e.field()).isEqualTo("sheets[2].rules[0]");
    }

    @Test
    void loopsAreRefusedWithAReasonTheUserCanAct() {
        InvalidRequestException e = rejection(List.of(RuleSpec.of("[1, 2, 3].all(x, x > age)", "m")));

        assertThat(e.reason()).contains("undeclared reference to 'all'")
                .endsWith("macros (has, all, exists, exists_one, map, filter, cel.bind) are off in rules so that a rule cannot loop");
    }

    @Test
    void nothingOutsideTheRecordCanBeReached() {
        assertThat(rejection(List.of(RuleSpec.of("read_file(\"/etc/passwd\") == \"\"", "m"))).reason())
                .contains("undeclared reference to 'read_file'");
        assertThat(rejection(List.of(RuleSpec.of("System.getenv(\"HOME\") == \"\"", "m"))).reason())
                .contains("undeclared reference to 'System'");
    }

    @Test
    void overlongAndDeeplyNestedExpressionsAreRefused() {
        String longRule = "age > 1.0" + " || age > 1.0".repeat(400);
        String deepRule = "(".repeat(200) + "age > 1.0" + ")".repeat(200);

        assertThat(rejection(List.of(RuleSpec.of(longRule, "m"))).reason()).contains("4096");
        assertThat(rejection(List.of(RuleSpec.of(deepRule, "m"))).reason()).contains("does not compile");
    }

    @Test
    void aMalformedLiteralPatternIsRejectedAtCompileTime() {
        InvalidRequestException e = rejection(List.of(ADULT_IN_US, RuleSpec.of("country.matches(\"(US\")", "m")));

        assertThat(e.field()).isEqualTo("config.rules[1]");
        assertThat(e.reason())
                .isEqualTo("does not compile: pattern '(US' is not an RE2 regular expression: missing closing )");
    }

    @Test
    void anOversizedLiteralPatternIsRejectedAtCompileTime() {
        String pattern = "[a-z]{1,1000}".repeat(12);

        assertThat(rejection(List.of(RuleSpec.of("matches(country, \"" + pattern + "\")", "m"))).reason())
                .matches("does not compile: pattern '.*' compiles to \\d+ instructions; the limit is 10000");
    }

    @Test
    void aPatternFromTheRecordIsCheckedWhenEvaluated() throws Exception {
        RuleVerdict verdict = verdict("\"US\".matches(country)", record("country", "(US"));

        assertThat(verdict.outcome()).isEqualTo(RuleVerdict.Outcome.ERROR);
        assertThat(verdict.detail()).contains("missing closing )");
    }

    @Test
    void compiledRulesAreReusableAcrossRecords() throws Exception {
        RuleSet rules = RuleSet.compile(List.of(ADULT_IN_US), FIELDS);

        long failed = java.util.stream.IntStream.range(0, 1_000)
                .mapToObj(i -> record("age", i % 40, "country", "US"))
                .filter(r -> !rules.evaluate(r).isEmpty())
                .count();

        assertThat(failed).isEqualTo(25 * 18);
        assertThat(rules.size()).isEqualTo(1);
    }
}
