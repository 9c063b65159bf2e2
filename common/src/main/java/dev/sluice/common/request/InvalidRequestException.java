package dev.sluice.common.request;

/** A job request that cannot become a job; {@code field} names the part that is wrong, as a JSON path. */
public final class InvalidRequestException extends Exception {
    private final String field;
    private final boolean notReady;

    public InvalidRequestException(String field, String message) {
        this(field, message, false);
    }

    private InvalidRequestException(String field, String message, boolean notReady) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
        this.notReady = notReady;
    }

    /**
     * What the request reads exists but is not ready yet (a workbook still being written), which
     * may change in a moment, unlike the request being wrong.
     */
    public static InvalidRequestException notReady(String field, String message) {
        return new InvalidRequestException(field, message, true);
    }

    /** True when waiting may help: see {@link #notReady}. */
    public boolean notReady() {
        return notReady;
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
