package dev.sluice.deploy.client;

import dev.sluice.deploy.TerseException;

/**
 * A call to the coordinator's API that did not succeed. The message is one line a person can act
 * on; the CLI prints it as it is.
 */
public final class ApiException extends TerseException {

    /** The {@link #status()} of a failure that happened before any HTTP response arrived. */
    public static final int NO_RESPONSE = 0;

    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** The HTTP status, or {@link #NO_RESPONSE} when the coordinator could not be reached. */
    public int status() {
        return status;
    }

    /** The API's machine-readable error code, such as {@code not_found}, or null. */
    public String code() {
        return code;
    }

    /** The request field at fault, as a JSON path, or null. */
    public String field() {
        return field;
    }

    public boolean notFound() {
        return status == 404;
    }
}
