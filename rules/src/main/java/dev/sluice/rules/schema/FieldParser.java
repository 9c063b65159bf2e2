package dev.sluice.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.internal.JsonReads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads one field of a sheet schema; see {@link SchemaParser}. */
final class FieldParser {

    private static final Set<String> FIELD_FIELDS =
            Set.of("key", "label", "type", "required", "unique", "options", "description");
    private static final Set<String> OPTION_FIELDS = Set.of("value", "label");

    private FieldParser() {
    }

    static FieldSchema parse(JsonNode node, String path) throws InvalidRequestException {
        JsonReads.object(node, path);
        JsonReads.onlyKnown(node, path, FIELD_FIELDS);
        String key = JsonReads.requiredText(node, "key", path + ".key");
        FieldType type = type(node, path + ".type");
        List<EnumOption> options = options(node, type, path + ".options");
        return new FieldSchema(key,
                JsonReads.text(node, "label", path + ".label"),
                type,
                JsonReads.bool(node, "required", path + ".required", false),
                JsonReads.bool(node, "unique", path + ".unique", false),
                options,
                JsonReads.text(node, "description", path + ".description"));
    }

    private static FieldType type(JsonNode node, String path) throws InvalidRequestException {
        String name = JsonReads.requiredText(node, "type", path);
        FieldType type = FieldType.fromWire(name);
        if (type == null) {
            throw new InvalidRequestException(path, "unknown type '" + name + "'; use one of " + FieldType.wireNames());
        }
        return type;
    }

    private static List<EnumOption> options(JsonNode node, FieldType type, String path) throws InvalidRequestException {
        JsonNode options = JsonReads.array(node, "options", path);
        if (type != FieldType.ENUM) {
            if (options != null) {
                throw new InvalidRequestException(path, "only enum fields have options; this field is " + type);
            }
            return List.of();
        }
        if (options == null || options.isEmpty()) {
            throw new InvalidRequestException(path, "an enum field needs at least one option");
        }
        List<EnumOption> parsed = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String optionPath = JsonReads.index(path, i);
            EnumOption option = option(options.get(i), optionPath);
            claim(names, option.value(), i, optionPath);
            if (!option.label().equalsIgnoreCase(option.value())) {
                claim(names, option.label(), i, optionPath);
            }
            parsed.add(option);
        }
        return parsed;
    }

    private static EnumOption option(JsonNode node, String path) throws InvalidRequestException {
        if (node.isTextual()) {
            if (node.asText().isBlank()) {
                throw new InvalidRequestException(path, "an option cannot be blank");
            }
            return new EnumOption(node.asText(), null);
        }
        if (!node.isObject()) {
            throw new InvalidRequestException(path, "must be a string or an object with value and label");
        }
        JsonReads.onlyKnown(node, path, OPTION_FIELDS);
        return new EnumOption(JsonReads.requiredText(node, "value", path + ".value"),
                JsonReads.text(node, "label", path + ".label"));
    }

    /** Values and labels are matched ignoring case, so two options may not share one in any case. */
    private static void claim(Map<String, Integer> names, String name, int option, String path)
            throws InvalidRequestException {
        Integer earlier = names.putIfAbsent(name.toLowerCase(Locale.ROOT), option);
        if (earlier != null) {
            throw new InvalidRequestException(path, "'" + name + "' is already an option (options[" + earlier + "])");
        }
    }
}
