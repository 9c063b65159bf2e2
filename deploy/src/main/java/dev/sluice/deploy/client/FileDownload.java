package dev.sluice.deploy.client;

import dev.sluice.deploy.TerseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves a stream to a path through a temporary file beside it, so that the path ends up holding
 * either the whole stream or what it held before, never a part.
 */
final class FileDownload {

    private static final int BUFFER = 64 * 1024;

    private FileDownload() {
    }

    /**
     * Copies {@code in} to {@code target}, creating its directory when needed.
     *
     * @return the bytes written
     * @throws IOException    when reading {@code in} fails
     * @throws TerseException when {@code target} cannot be written
     */
    static long save(InputStream in, Path target) throws IOException {
        Path part = create(target);
        boolean saved = false;
        try {
            long size = copy(in, part, target);
            move(part, target);
            saved = true;
            return size;
        } finally {
            if (!saved) {
                deleteQuietly(part);
            }
        }
    }

    /** Runs while another failure is on its way up, which must not be lost to this one. */
    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // The part file stays behind; its name, .NAME...part, says what it is.
        }
    }

    private static Path create(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** Read failures propagate as they are; write failures name the target. */
    private static long copy(InputStream in, Path part, Path target) throws IOException {
        OutputStream out;
        try {
            out = Files.newOutputStream(part);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        long size = 0;
        try {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                write(out, buffer, n, target);
                size += n;
            }
        } finally {
            close(out, target);
        }
        return size;
    }

    private static void write(OutputStream out, byte[] buffer, int length, Path target) {
        try {
            out.write(buffer, 0, length);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static void close(OutputStream out, Path target) {
        try {
            out.close();
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static void move(Path part, Path target) {
        try {
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static TerseException cannotWrite(Path target, IOException e) {
        return new TerseException("cannot write " + target + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }
}
