package dev.sluice.worker.scan;

import java.io.IOException;
import java.io.InputStream;

/** Scans bytes for viruses. Implementations are thread-safe: a worker scans for several batches at once. */
public interface VirusScanner {

    /**
     * Reads {@code content} to its end and says whether it carries a virus.
     *
     * @throws ScanFailure          the scanner could not give a verdict; {@link ScanFailure#retryable()} says
     *                              whether asking again may help
     * @throws IOException          reading {@code content} failed
     * @throws InterruptedException the thread was interrupted (the batch was stopped) between two chunks
     */
    ScanVerdict scan(InputStream content) throws ScanFailure, IOException, InterruptedException;

    /** Where the scanner is, for messages: such as {@code clamd at 127.0.0.1:3310}. */
    String describe();
}
