package dev.sluice.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.internal.JsonReads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a workbook schema from the body of {@code POST /api/v1/workbooks}:
 * <pre>{"sheets": [{"key": "contacts", "name": "Contacts",
 *   "fields": [{"key": "email", "label": "Email", "type": "email", "required": true, "unique": true},
 *              {"key": "tier", "type": "enum", "options": ["gold", {"value": "silver", "label": "Silver"}]}],
 *   "rules": [{"expression": "age >= 18 || country != \"US\"", "message": "must be an adult in the US"}]}]}</pre>
 * Only {@code sheets} is read from the body; its other fields (the workbook's name) belong to the
 * caller. Unknown fields inside sheets and fields are refused rather than ignored, so that a
 * misspelt {@code requried} does not silently make a field optional. Every failure is an
 * {@link InvalidRequestException} naming the field path, such as {@code sheets[0].fields[2].type}.
 * Rule expressions are not compiled here; {@code RuleSet.compile} does that.
 */
public final class SchemaParser {

    private static final Set<String> SHEET_FIELDS = Set.of("key", "name", "fields", "rules");

    private SchemaParser() {
    }

    public static Schema parse(JsonNode body) throws InvalidRequestException {
        JsonReads.object(body, null);
        JsonNode sheets = JsonReads.array(body, "sheets", "sheets");
        if (sheets == null || sheets.isEmpty()) {
            throw new InvalidRequestException("sheets", "a workbook schema needs at least one sheet");
        }
        List<SheetSchema> parsed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            String path = JsonReads.index("sheets", i);
            SheetSchema sheet = sheet(sheets.get(i), path);
            Integer earlier = seen.putIfAbsent(sheet.key(), i);
            if (earlier != null) {
                throw new InvalidRequestException(path + ".key",
                        "sheet key '" + sheet.key() + "' is already used by sheets[" + earlier + "]");
            }
            parsed.add(sheet);
        }
        return new Schema(parsed);
    }

    /**
     * A sheet definition that passed {@link #sheet} when it was stored (with a workbook, or in a job's
     * batch input): parsed again, the same. {@code what} names it if it no longer parses.
     */
    public static SheetSchema stored(Map<String, Object> definition, String what) {
        try {
            return sheet(Json.MAPPER.valueToTree(definition), what);
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("the stored schema of " + what + " no longer parses: " + e.getMessage(), e);
        }
    }

    /**
     * One sheet at {@code path}. Without a key, its key is its name in lower case with each run of
     * other characters as {@code _}: {@code Sales Leads 2024} is {@code sales_leads_2024}.
     */
    public static SheetSchema sheet(JsonNode node, String path) throws InvalidRequestException {
        JsonReads.object(node, path);
        JsonReads.onlyKnown(node, path, SHEET_FIELDS);
        String name = JsonReads.text(node, "name", path + ".name");
        String key = JsonReads.text(node, "key", path + ".key");
        if (key == null || key.isBlank()) {
            key = slug(name);
        }
        if (key.isEmpty()) {
            throw new InvalidRequestException(path + ".key", "a sheet needs a key or a name");
        }
        List<FieldSchema> fields = fields(node, path + ".fields");
        List<RuleSpec> rules = RuleSpecParser.parse(node.get("rules"), path + ".rules");
        checkRuleFields(rules, fields, path + ".rules");
        return new SheetSchema(key, name, fields, rules);
    }

    private static List<FieldSchema> fields(JsonNode sheet, String path) throws InvalidRequestException {
        JsonNode fields = JsonReads.array(sheet, "fields", path);
        if (fields == null || fields.isEmpty()) {
            throw new InvalidRequestException(path, "a sheet needs at least one field");
        }
        List<FieldSchema> parsed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String fieldPath = JsonReads.index(path, i);
            FieldSchema field = FieldParser.parse(fields.get(i), fieldPath);
            Integer earlier = seen.putIfAbsent(field.key(), i);
            if (earlier != null) {
                throw new InvalidRequestException(fieldPath + ".key",
                        "field key '" + field.key() + "' is already used by fields[" + earlier + "]");
            }
            parsed.add(field);
        }
        return parsed;
    }

    private static void checkRuleFields(List<RuleSpec> rules, List<FieldSchema> fields, String path)
            throws InvalidRequestException {
        for (int i = 0; i < rules.size(); i++) {
            String field = rules.get(i).field();
            if (field != null && fields.stream().noneMatch(f -> f.key().equals(field))) {
                throw new InvalidRequestException(JsonReads.index(path, i) + ".field",
                        "the sheet has no field '" + field + "'");
            }
        }
    }

    private static String slug(String name) {
        if (name == null) {
            return "";
        }
        String slug = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return slug.replaceAll("^_+|_+$", "");
    }
}
