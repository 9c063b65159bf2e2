package dev.sluice.coordinator.records;

/** The records view cannot read or write its database, or has stopped following the topic. */
public final class RecordsViewException extends RuntimeException {

    public RecordsViewException(String message, Throwable cause) {
        super(message, cause);
    }
}
