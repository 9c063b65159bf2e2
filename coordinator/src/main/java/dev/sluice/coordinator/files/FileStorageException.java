package dev.sluice.coordinator.files;

/** Kafka did not take a file's chunks or meta; nothing of the upload became visible, and it may be retried. */
public final class FileStorageException extends RuntimeException {

    public FileStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
