package dev.sluice.deploy;

/**
 * A failure the user can fix, whose message alone says what went wrong and what to do. The CLI
 * prints the message as one line, without a stack trace (Kafka's {@code TerseException}).
 */
public class TerseException extends RuntimeException {

    public TerseException(String message) {
        super(message);
    }

    public TerseException(String message, Throwable cause) {
        super(message, cause);
    }
}
