package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.DataAccess;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stored file copied to a local temporary file, for a reader that must seek in it (an xlsx
 * workbook is a zip); deleted on close. The copy is bounded: a file larger than {@code maxBytes} is
 * refused before a byte is copied, and the copy stops at the file's size.
 */
final class TempCopy implements Closeable {

    private final Path path;

    private TempCopy(Path path) {
        this.path = path;
    }

    static TempCopy of(DataAccess data, FileMeta file, long maxBytes, String suffix) throws IOException, BatchFailure {
        if (file.size() > maxBytes) {
            throw new BatchFailure(ExtractHandler.describe(file) + " is " + file.size() + " bytes, more than the "
                    + maxBytes + " a worker copies to read it", false);
        }
        Path path = Files.createTempFile("sluice-extract-", suffix);
        try (InputStream in = data.openFile(file, 0, file.size()); OutputStream out = Files.newOutputStream(path)) {
            long copied = copy(in, out, file.size());
            if (copied != file.size()) {
                throw new IOException("copied " + copied + " bytes of " + ExtractHandler.describe(file) + ", which has " + file.size());
            }
            return new TempCopy(path);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 << 10];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0 && copied < limit; n = in.read(buffer)) {
            int kept = (int) Math.min(n, limit - copied);
            out.write(buffer, 0, kept);
            copied += kept;
        }
        return copied;
    }
}
