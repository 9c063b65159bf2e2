package dev.sluice.rules.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.cel.RuleSet;
import dev.sluice.rules.internal.JsonReads;
import dev.sluice.rules.schema.FieldSchema;
import dev.sluice.rules.schema.FieldType;
import dev.sluice.rules.schema.RuleSpec;
import dev.sluice.rules.schema.RuleSpecParser;
import dev.sluice.rules.schema.SheetSchema;
import dev.sluice.rules.schema.TypeCheck;
import dev.sluice.rules.value.DateOrder;
import dev.sluice.rules.value.Phones;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a {@code workbook / validate-records} job's config, checked against the sheet it
 * validates: {@code {validateRequiredFields, validateDataTypes, validateBusinessRules, rules,
 * dateOrder, defaultRegion}}. Other config fields belong to the job and are left alone.
 *
 * @param required  check required fields (default true)
 * @param types     check each value against its field's type and enum options, and {@code unique} fields
 *                  (default true)
 * @param business  evaluate the schema's rules and {@code rules} (default true)
 * @param rules     {@code config.rules}: rules added to the schema's, as the schema writes them
 * @param dateOrder how slashed dates are read (default MDY)
 * @param region    the region of phone numbers without {@code +} (default US)
 */
public record ValidateOptions(boolean required, boolean types, boolean business, List<RuleSpec> rules,
                              DateOrder dateOrder, String region) {

    public static final String RULES_PATH = "config.rules";

    public ValidateOptions {
        rules = List.copyOf(rules);
    }

    /**
     * Reads the options and checks that each has an effect on {@code schema} (null: a sheet without one,
     * whose {@code fields} are all text and optional). Rules are compiled, and refused when they do not
     * compile, by {@link #validator}.
     */
    public static ValidateOptions parse(JsonNode config, SheetSchema schema, List<String> fields)
            throws InvalidRequestException {
        JsonReads.object(config, "config");
        boolean required = JsonReads.bool(config, "validateRequiredFields", "config.validateRequiredFields", true);
        boolean types = JsonReads.bool(config, "validateDataTypes", "config.validateDataTypes", true);
        boolean business = JsonReads.bool(config, "validateBusinessRules", "config.validateBusinessRules", true);
        List<RuleSpec> rules = RuleSpecParser.parse(config.get("rules"), RULES_PATH);
        ValidateOptions options = new ValidateOptions(required, types, business, rules, dateOrder(config),
                region(config));
        if (!required && !types && !business) {
            throw new InvalidRequestException("config", "validateRequiredFields, validateDataTypes and "
                    + "validateBusinessRules are all false: there is nothing to validate");
        }
        if (!business && !rules.isEmpty()) {
            throw new InvalidRequestException(RULES_PATH, "rules are given but validateBusinessRules is false");
        }
        if (schema == null && (required || types)) {
            String flag = required ? "config.validateRequiredFields" : "config.validateDataTypes";
            throw new InvalidRequestException(flag, "the sheet has no schema, so it has no required fields or types "
                    + "to check; map it into a schema workbook first (workbook / map with a destination), or set "
                    + "validateRequiredFields and validateDataTypes to false to check only config.rules");
        }
        if (schema == null && rules.isEmpty()) {
            throw new InvalidRequestException(RULES_PATH, "the sheet has no schema, so the only business rules are "
                    + "config.rules, and none are given");
        }
        return options;
    }

    /**
     * The validator these options make for {@code schema} (or a schema-less sheet of {@code fields}); a rule that
     * does not compile is an {@link InvalidRequestException} naming it.
     */
    public RecordValidator validator(SheetSchema schema, List<String> fields) throws InvalidRequestException {
        List<FieldSchema> declared = schema != null ? schema.fields()
                : fields.stream().map(f -> FieldSchema.of(f, FieldType.STRING)).toList();
        RuleSet schemaRules = business && schema != null
                ? RuleSet.compile(schema.rules(), declared, "the schema's rules", dateOrder) : null;
        RuleSet extra = business && !rules.isEmpty() ? RuleSet.compile(rules, declared, RULES_PATH, dateOrder) : null;
        List<RuleSet> ruleSets = new ArrayList<>();
        if (schemaRules != null) {
            ruleSets.add(schemaRules);
        }
        if (extra != null) {
            ruleSets.add(extra);
        }
        return new RecordValidator(declared, required, types, new TypeCheck(region, dateOrder), ruleSets);
    }

    private static DateOrder dateOrder(JsonNode config) throws InvalidRequestException {
        String name = JsonReads.text(config, "dateOrder", "config.dateOrder");
        if (name == null) {
            return DateOrder.MDY;
        }
        DateOrder order = DateOrder.fromWire(name);
        if (order == null) {
            throw new InvalidRequestException("config.dateOrder", "unknown date order '" + name + "'; use MDY or DMY");
        }
        return order;
    }

    private static String region(JsonNode config) throws InvalidRequestException {
        String region = JsonReads.text(config, "defaultRegion", "config.defaultRegion");
        if (region == null) {
            return TypeCheck.DEFAULT_REGION;
        }
        if (!Phones.isSupportedRegion(region)) {
            throw new InvalidRequestException("config.defaultRegion", "unknown region '" + region
                    + "'; use an ISO 3166 code such as US or GB");
        }
        return region;
    }
}
