package dev.sluice.formats.json;

/**
 * A file whose rows bring more distinct field names than a sheet may have, such as objects keyed by
 * ids ({@code {"u123": {...}}}) rather than records sharing their fields. Retrying will not help: the
 * file must hold records, or the limit must be raised.
 */
public final class FieldLimitException extends RuntimeException {
    public FieldLimitException(String message) {
        super(message);
    }
}
