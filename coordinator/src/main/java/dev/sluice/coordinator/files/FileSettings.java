package dev.sluice.coordinator.files;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the coordinator stores uploaded files.
 *
 * @param chunkSize      bytes per chunk record on the files topic (default 1 MiB, at most {@link #MAX_CHUNK_SIZE});
 *                       an upload holds about {@code chunkSize × (inFlightChunks + 1)} bytes in memory
 * @param maxFileSize    the largest file accepted, in bytes (default 2 GiB); larger uploads get 413
 * @param inFlightChunks chunks sent to Kafka but not yet acknowledged, per upload (default 4)
 * @param spoolDir       where multipart uploads are buffered on disk before they stream into Kafka
 *                       (default {@code java.io.tmpdir/sluice-uploads}); raw-body uploads never touch disk
 * @param visibleWithin  how long an upload waits until the coordinator's file view shows the new file, so that
 *                       a GET right after the POST finds it (default 10 s); the file is durable either way
 */
public record FileSettings(int chunkSize, long maxFileSize, int inFlightChunks, Path spoolDir, Duration visibleWithin) {

    /** The largest chunk: the files topic accepts records of {@link #MAX_MESSAGE_BYTES}, and a record has overhead. */
    public static final int MAX_CHUNK_SIZE = 1920 * 1024;
    /** {@code max.message.bytes} of the files and file-meta topics that Sluice creates. */
    public static final int MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
    /** At most this many chunks per file, so that a file's meta (an offset per chunk) stays a small message. */
    public static final int MAX_CHUNKS = 32 * 1024;
    /** Multipart parts stay in memory up to this size, and go to {@code spoolDir} beyond it. */
    public static final int SPOOL_THRESHOLD = 64 * 1024;

    public FileSettings {
        require(chunkSize >= 1024 && chunkSize <= MAX_CHUNK_SIZE, "chunkSize must be between 1 KiB and " + MAX_CHUNK_SIZE + " bytes");
        require(maxFileSize >= 0, "maxFileSize must not be negative");
        require((maxFileSize + chunkSize - 1) / chunkSize <= MAX_CHUNKS,
                "maxFileSize / chunkSize must be at most " + MAX_CHUNKS + " chunks; raise chunkSize or lower maxFileSize");
        require(inFlightChunks >= 1 && inFlightChunks <= 64, "inFlightChunks must be between 1 and 64");
        require(spoolDir != null, "spoolDir is required");
        require(visibleWithin != null && !visibleWithin.isNegative(), "visibleWithin must not be negative");
    }

    public static FileSettings defaults() {
        return new FileSettings(1024 * 1024, 2L * 1024 * 1024 * 1024, 4,
                Path.of(System.getProperty("java.io.tmpdir"), "sluice-uploads"), Duration.ofSeconds(10));
    }

    public FileSettings withChunkSize(int bytes) {
        return new FileSettings(bytes, maxFileSize, inFlightChunks, spoolDir, visibleWithin);
    }

    public FileSettings withMaxFileSize(long bytes) {
        return new FileSettings(chunkSize, bytes, inFlightChunks, spoolDir, visibleWithin);
    }

    public FileSettings withSpoolDir(Path dir) {
        return new FileSettings(chunkSize, maxFileSize, inFlightChunks, dir, visibleWithin);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
