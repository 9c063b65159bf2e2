package dev.sluice.rules.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a field holds; {@link TypeCheck} says which values fit. Wire names are lower case. */
public enum FieldType {
    STRING, NUMBER, BOOLEAN, DATE, ENUM, EMAIL, PHONE;

    /** The type named {@code name} (case-insensitive), or null when there is none. */
    public static FieldType fromWire(String name) {
        for (FieldType type : values()) {
            if (type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }

    /** The wire names, for error messages: {@code string, number, ...}. */
    public static String wireNames() {
        return Arrays.stream(values()).map(FieldType::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
