package dev.sluice.rules.schema;

/**
 * One allowed value of an {@code enum} field.
 *
 * @param value what is stored, the canonical spelling
 * @param label what people see and may type instead; the value when not given
 */
public record EnumOption(String value, String label) {

    public EnumOption {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an enum option needs a value");
        }
        label = label == null || label.isBlank() ? value : label;
    }
}
