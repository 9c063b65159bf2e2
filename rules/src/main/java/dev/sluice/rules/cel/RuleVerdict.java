package dev.sluice.rules.cel;

import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.schema.RuleSpec;
import java.util.Optional;

/**
 * What one rule made of one record.
 *
 * @param index   the rule's position in the list it was compiled from
 * @param rule    the rule as written
 * @param outcome see {@link Outcome}
 * @param detail  for {@code ERROR} CEL's error, for {@code SKIPPED} the absent fields; otherwise empty
 */
public record RuleVerdict(int index, RuleSpec rule, Outcome outcome, String detail) {

    /** How a rule's evaluation ended. */
    public enum Outcome {
        /** The expression is true. */
        PASSED,
        /** The expression is false: the record breaks the rule. */
        FAILED,
        /** The expression could not be evaluated, such as a division by zero or a missing map key. */
        ERROR,
        /**
         * The result depends on fields the record does not have (blank, or not readable as their
         * type). Such a rule is neither kept nor broken; {@code required} and the type checks
         * report the fields themselves. A rule that can be decided without them is decided:
         * {@code age >= 18 || country != "US"} passes for a record from {@code CA} without an age.
         */
        SKIPPED
    }

    /** The message to store with the record: for a broken rule, or one that could not be evaluated. */
    public Optional<FieldMessage> message() {
        return switch (outcome) {
            case PASSED, SKIPPED -> Optional.empty();
            case FAILED -> Optional.of(new FieldMessage(rule.field(), rule.level(), "rule_failed", rule.message()));
            case ERROR -> Optional.of(new FieldMessage(rule.field(), rule.level(), "rule_error",
                    rule.message() + " (the rule could not be evaluated: " + detail + ")"));
        };
    }
}
