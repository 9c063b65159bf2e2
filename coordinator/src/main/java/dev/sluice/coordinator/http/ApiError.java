package dev.sluice.coordinator.http;

/**
 * An API failure the caller can act on; rendered as {@code {error: {code, message, field}}}.
 *
 * @param status the HTTP status
 * @param code   a stable machine-readable code such as {@code invalid_request}
 * @param field  the request field at fault, as a JSON path, or null
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public ApiError(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, "invalid_request", message, field);
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "not_found", what + " does not exist", null);
    }

    public static ApiError conflict(String code, String message) {
        return new ApiError(409, code, message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
