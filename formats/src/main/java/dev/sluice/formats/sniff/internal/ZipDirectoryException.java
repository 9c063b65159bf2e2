package dev.sluice.formats.sniff.internal;

/** A zip whose directory cannot be read; the message completes "a zip archive, but ...". */
public final class ZipDirectoryException extends RuntimeException {
    public ZipDirectoryException(String message) {
        super(message);
    }
}
