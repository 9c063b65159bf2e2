package dev.sluice.rules.cel;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.sluice.rules.schema.EnumOption;
import dev.sluice.rules.schema.FieldSchema;
import dev.sluice.rules.value.Booleans;
import dev.sluice.rules.value.DateReader;
import dev.sluice.rules.value.Numbers;
import dev.sluice.rules.value.Values;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A field as a CEL variable: its declared type and how a record's value becomes a CEL value.
 * {@code number} is a {@code double}, {@code boolean} a {@code bool}, every other type a
 * {@code string}: trimmed; a date in ISO form ({@code 2024-03-05}, so that dates compare in date
 * order); an enum as its option's canonical value. A value that is blank or cannot be read as its
 * type is absent: the variable stays unbound and CEL treats it as unknown.
 */
record CelVariable(FieldSchema field, CelType type, DateReader dates) {

    static CelVariable of(FieldSchema field, DateReader dates) {
        CelType type = switch (field.type()) {
            case NUMBER -> SimpleType.DOUBLE;
            case BOOLEAN -> SimpleType.BOOL;
            case STRING, DATE, ENUM, EMAIL, PHONE -> SimpleType.STRING;
        };
        return new CelVariable(field, type, dates);
    }

    String name() {
        return field.key();
    }

    /** The value as CEL sees it, or empty when it is absent. */
    Optional<Object> bind(Object value) {
        if (Values.isBlank(value)) {
            return Optional.empty();
        }
        return switch (field.type()) {
            case NUMBER -> number(value);
            case BOOLEAN -> Booleans.parse(value).map(Object.class::cast);
            case DATE -> dates.read(value).map(LocalDate::toString);
            case ENUM -> Optional.of(option(Values.text(value)));
            case STRING, EMAIL, PHONE -> Optional.of(Values.text(value));
        };
    }

    private static Optional<Object> number(Object value) {
        OptionalDouble number = Numbers.parse(value);
        return number.isPresent() ? Optional.of(number.getAsDouble()) : Optional.empty();
    }

    private String option(String text) {
        for (EnumOption option : field.options()) {
            if (option.value().equalsIgnoreCase(text) || option.label().equalsIgnoreCase(text)) {
                return option.value();
            }
        }
        return text;
    }
}
