package dev.sluice.rules.value;

import java.time.LocalDate;
import java.util.Optional;

/** Reads a record value as a calendar date; see {@link Dates} for the formats. */
@FunctionalInterface
public interface DateReader {

    /** The date the value stands for, or empty when it is blank or not a date this reader knows. */
    Optional<LocalDate> read(Object value);
}
