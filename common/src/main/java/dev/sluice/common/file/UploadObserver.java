package dev.sluice.common.file;

import java.util.Map;

/**
 * Sees every byte of one upload, in order, while it streams into Kafka, and at the end adds what
 * it learned to the file's {@link FileMeta#index()}: for example where CSV records start, so that
 * extraction can split the file without reading it first. One instance serves one upload.
 */
public interface UploadObserver {

    /** The next {@code len} bytes of the file, at {@code buf[off..off+len)}; valid only during the call. */
    void bytes(byte[] buf, int off, int len);

    /** Called once after the last byte; the entries are merged into the file's index. Keys must not clash. */
    Map<String, Object> finish();

    /** Makes the observer of one upload. */
    @FunctionalInterface
    interface Factory {
        UploadObserver start(String fileName);
    }
}
