package dev.sluice.rules.transform;

/** What one operation made of one value: a new value, or a refusal that leaves the value as it was. */
public sealed interface StepResult permits StepResult.Changed, StepResult.Refused {

    /** @param text the new value */
    record Changed(String text) implements StepResult {
    }

    /**
     * @param code    for programs, such as {@code invalid_phone}
     * @param message for people
     */
    record Refused(String code, String message) implements StepResult {
    }

    static StepResult changed(String text) {
        return new Changed(text);
    }

    static StepResult refused(String code, String message) {
        return new Refused(code, message);
    }
}
