package dev.sluice.common.request;

/** A job request that cannot become a job; {@code field} names the part that is wrong, as a JSON path. */
public final class InvalidRequestException extends Exception {
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    /** The offending field, such as {@code options.priority}, or null when the request as a whole is wrong. */
    public String field() {
        return field;
    }

    /** The message without the field prefix. */
    public String reason() {
        String message = getMessage();
        return field == null ? message : message.substring(field.length() + 2);
    }
}
