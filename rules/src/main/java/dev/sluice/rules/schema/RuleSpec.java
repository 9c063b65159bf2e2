package dev.sluice.rules.schema;

import dev.sluice.common.record.RecordMessage;

/**
 * A business rule as written: a CEL expression over a record's fields that must be true, such as
 * {@code age >= 18 || country != "US"}. Compiled by {@code dev.sluice.rules.cel.RuleSet}.
 *
 * @param expression the CEL expression; it must have a boolean result
 * @param message    what a record that breaks the rule is told
 * @param field      the field the message is attached to, or null for the record as a whole
 * @param level      {@code error} (the default) makes a breaking record invalid; {@code warning} only flags it
 */
public record RuleSpec(String expression, String message, String field, RecordMessage.Level level) {

    public RuleSpec {
        if (expression == null || expression.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a rule needs an expression and a message");
        }
        level = level == null ? RecordMessage.Level.ERROR : level;
    }

    /** An error-level rule about the whole record. */
    public static RuleSpec of(String expression, String message) {
        return new RuleSpec(expression, message, null, RecordMessage.Level.ERROR);
    }
}
