package dev.sluice.rules.transform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.internal.JsonReads;
import dev.sluice.rules.value.DateOrder;
import dev.sluice.rules.value.DateReader;
import dev.sluice.rules.value.Dates;
import java.util.Set;

/**
 * {@code formatDate}: the date in ISO-8601, {@code yyyy-MM-dd}. By default it reads the
 * {@link Dates#common common formats}, slashed dates in the order of argument {@code dateOrder}:
 * {@code MDY} (the default, {@code 03/04/2024} is 4 March) or {@code DMY}. Argument
 * {@code inputFormat}, a {@link java.time.format.DateTimeFormatter} pattern such as
 * {@code dd/MM/yyyy}, reads that format only; it cannot be combined with {@code dateOrder}. A value
 * that is not a date is refused with {@code invalid_date} and left as it is.
 */
final class FormatDate implements Operation {

    static final OperationFactory FACTORY = new OperationFactory() {
        @Override
        public String name() {
            return "formatDate";
        }

        @Override
        public Set<String> arguments() {
            return Set.of("dateOrder", "inputFormat");
        }

        @Override
        public Operation create(JsonNode step, String path) throws InvalidRequestException {
            String order = JsonReads.text(step, "dateOrder", path + ".dateOrder");
            String pattern = JsonReads.text(step, "inputFormat", path + ".inputFormat");
            if (pattern != null && order != null) {
                throw new InvalidRequestException(path + ".dateOrder",
                        "give dateOrder or inputFormat, not both: inputFormat already fixes the order");
            }
            if (pattern != null) {
                return new FormatDate(fixed(pattern, path + ".inputFormat"), "'" + pattern + "'");
            }
            DateOrder dateOrder = order == null ? DateOrder.MDY : DateOrder.fromWire(order);
            if (dateOrder == null) {
                throw new InvalidRequestException(path + ".dateOrder", "unknown order '" + order + "'; use MDY or DMY");
            }
            return new FormatDate(Dates.common(dateOrder), "a known date format");
        }
    };

    private final DateReader reader;
    private final String expected;

    private FormatDate(DateReader reader, String expected) {
        this.reader = reader;
        this.expected = expected;
    }

    private static DateReader fixed(String pattern, String path) throws InvalidRequestException {
        try {
            return Dates.pattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(path, e.getMessage());
        }
    }

    @Override
    public StepResult apply(String text) {
        return reader.read(text)
                .map(date -> StepResult.changed(date.toString()))
                .orElseGet(() -> StepResult.refused("invalid_date", "'" + text + "' is not a date in " + expected));
    }
}
