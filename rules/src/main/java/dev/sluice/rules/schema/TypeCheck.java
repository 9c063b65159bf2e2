package dev.sluice.rules.schema;

import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.value.Booleans;
import dev.sluice.rules.value.DateOrder;
import dev.sluice.rules.value.DateReader;
import dev.sluice.rules.value.Dates;
import dev.sluice.rules.value.Emails;
import dev.sluice.rules.value.Numbers;
import dev.sluice.rules.value.PhoneCheck;
import dev.sluice.rules.value.Phones;
import dev.sluice.rules.value.Values;
import java.util.List;
import java.util.Optional;

/**
 * Checks one value against its field: {@link #required} and {@link #type}, which a
 * {@code validate-records} job runs as its {@code validateRequiredFields} and
 * {@code validateDataTypes} ask. A blank value (null or only whitespace) breaks {@code required}
 * and is never a type error. What each type accepts:
 * <ul>
 *   <li>{@code string}: anything</li>
 *   <li>{@code number}: see {@link Numbers} ({@code 1,234.5} yes, {@code 1.234,5} no)</li>
 *   <li>{@code boolean}: see {@link Booleans}</li>
 *   <li>{@code date}: see {@link Dates#common}, slashed dates in this check's {@link DateOrder}</li>
 *   <li>{@code enum}: an option's value or label. The exact value passes; another case of a value,
 *       or a label, passes with a warning naming the value it will be read as, so that {@code GOLD}
 *       is not lost but is seen</li>
 *   <li>{@code email}: see {@link Emails}</li>
 *   <li>{@code phone}: libphonenumber with this check's default region. Unparseable or of an
 *       impossible length is an error; possible but in no assigned range is a warning, since
 *       numbering plans change faster than the library's data</li>
 * </ul>
 * Codes: {@code required}, {@code invalid_number}, {@code invalid_boolean}, {@code invalid_date},
 * {@code invalid_enum}, {@code enum_not_canonical} (warning), {@code invalid_email},
 * {@code invalid_phone}, {@code unlikely_phone} (warning).
 */
public final class TypeCheck {

    /** The default region for phone numbers written without a country code. */
    public static final String DEFAULT_REGION = "US";

    private final String defaultRegion;
    private final DateReader dates;

    /**
     * @param defaultRegion ISO 3166 region for phone numbers without {@code +}, such as {@code US}
     * @param dateOrder     how slashed dates are read
     */
    public TypeCheck(String defaultRegion, DateOrder dateOrder) {
        if (!Phones.isSupportedRegion(defaultRegion)) {
            throw new IllegalArgumentException("unknown phone region '" + defaultRegion + "'");
        }
        this.defaultRegion = defaultRegion;
        this.dates = Dates.common(dateOrder);
    }

    /** US phone numbers, US (month first) dates. */
    public static TypeCheck defaults() {
        return new TypeCheck(DEFAULT_REGION, DateOrder.MDY);
    }

    /** Both checks; at most one message. */
    public List<FieldMessage> check(FieldSchema field, Object value) {
        Optional<FieldMessage> missing = required(field, value);
        return missing.map(List::of).orElseGet(() -> type(field, value));
    }

    /** An error when the field is required and the value blank. */
    public Optional<FieldMessage> required(FieldSchema field, Object value) {
        if (field.required() && Values.isBlank(value)) {
            return Optional.of(FieldMessage.error(field.key(), "required", field.label() + " is required"));
        }
        return Optional.empty();
    }

    /** The message when a value that is there does not fit the field's type; empty for a blank value. */
    public List<FieldMessage> type(FieldSchema field, Object value) {
        if (Values.isBlank(value)) {
            return List.of();
        }
        Optional<FieldMessage> message = switch (field.type()) {
            case STRING -> Optional.empty();
            case NUMBER -> unless(Numbers.parse(value).isPresent(), field, "invalid_number", value, "a number");
            case BOOLEAN -> unless(Booleans.parse(value).isPresent(), field, "invalid_boolean", value,
                    "true or false (yes/no, y/n, 1/0, on/off)");
            case DATE -> unless(dates.read(value).isPresent(), field, "invalid_date", value, "a date");
            case ENUM -> enumeration(field, Values.text(value));
            case EMAIL -> unless(Emails.isValid(Values.text(value)), field, "invalid_email", value,
                    "an email address");
            case PHONE -> phone(field, Values.text(value));
        };
        return message.map(List::of).orElse(List.of());
    }

    private static Optional<FieldMessage> unless(boolean fits, FieldSchema field, String code, Object value,
                                                 String expected) {
        if (fits) {
            return Optional.empty();
        }
        return Optional.of(FieldMessage.error(field.key(), code,
                "'" + Values.text(value) + "' is not " + expected));
    }

    private static Optional<FieldMessage> enumeration(FieldSchema field, String text) {
        for (EnumOption option : field.options()) {
            if (option.value().equals(text)) {
                return Optional.empty();
            }
        }
        for (EnumOption option : field.options()) {
            if (option.value().equalsIgnoreCase(text) || option.label().equalsIgnoreCase(text)) {
                return Optional.of(FieldMessage.warning(field.key(), "enum_not_canonical",
                        "'" + text + "' is read as '" + option.value() + "'"));
            }
        }
        return Optional.of(FieldMessage.error(field.key(), "invalid_enum",
                "'" + text + "' is not one of " + String.join(", ", values(field))));
    }

    private static List<String> values(FieldSchema field) {
        return field.options().stream().map(EnumOption::value).toList();
    }

    private Optional<FieldMessage> phone(FieldSchema field, String text) {
        PhoneCheck check = Phones.check(text, defaultRegion);
        return switch (check) {
            case VALID -> Optional.empty();
            case NOT_ASSIGNED -> Optional.of(FieldMessage.warning(field.key(), "unlikely_phone",
                    "'" + text + "' has the length of a phone number but is in no range assigned to phones"));
            case UNPARSEABLE, NOT_POSSIBLE -> Optional.of(FieldMessage.error(field.key(), "invalid_phone",
                    "'" + text + "' is not a phone number"
                            + (check == PhoneCheck.NOT_POSSIBLE ? " (wrong number of digits)" : "")));
        };
    }
}
