package dev.sluice.common.json;

/** Input that is not JSON at all. */
public final class MalformedJsonException extends RuntimeException {
    public MalformedJsonException(String message) {
        super(message);
    }
}
