package dev.sluice.formats.json.internal;

/** Thrown inside {@link Flattener} when a row passes a limit; the row is then skipped, not delivered. */
final class RowTooLarge extends Exception {
    RowTooLarge(String message) {
        super(message, null, false, false);
    }
}
