package dev.sluice.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.internal.JsonReads;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads business rules, in a sheet schema ({@code sheets[i].rules}) or a job's config
 * ({@code config.rules}): {@code [{"expression": "...", "message": "...", "field": "age", "level": "warning"}]};
 * {@code field} and {@code level} are optional.
 */
public final class RuleSpecParser {

    private static final Set<String> RULE_FIELDS = Set.of("expression", "message", "field", "level");

    private RuleSpecParser() {
    }

    /** The rules of the array {@code node} at {@code path}; none when it is absent or null. */
    public static List<RuleSpec> parse(JsonNode node, String path) throws InvalidRequestException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidRequestException(path, "must be an array of rules");
        }
        List<RuleSpec> rules = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            rules.add(rule(node.get(i), JsonReads.index(path, i)));
        }
        return rules;
    }

    private static RuleSpec rule(JsonNode node, String path) throws InvalidRequestException {
        JsonReads.object(node, path);
        JsonReads.onlyKnown(node, path, RULE_FIELDS);
        return new RuleSpec(
                JsonReads.requiredText(node, "expression", path + ".expression"),
                JsonReads.requiredText(node, "message", path + ".message"),
                JsonReads.text(node, "field", path + ".field"),
                level(node, path + ".level"));
    }

    private static RecordMessage.Level level(JsonNode node, String path) throws InvalidRequestException {
        String name = JsonReads.text(node, "level", path);
        if (name == null) {
            return RecordMessage.Level.ERROR;
        }
        for (RecordMessage.Level level : RecordMessage.Level.values()) {
            if (level.toString().equals(name)) {
                return level;
            }
        }
        throw new InvalidRequestException(path, "unknown level '" + name + "'; use error or warning");
    }
}
