package dev.sluice.formats.sniff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the sniffer can read parts of: its head, and for a zip its directory at the end. A port, so
 * the file may be local or in Sluice's store ({@code DataAccess.openFile(file, start, end)} fits it).
 */
public interface ByteSource {
    /** The file's length in bytes. */
    long size() throws IOException;

    /** The bytes from {@code start} up to {@code end} (exclusive); the caller closes the stream. */
    InputStream open(long start, long end) throws IOException;

    /** A local file. */
    static ByteSource of(Path file) {
        return new ByteSource() {
            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public InputStream open(long start, long end) throws IOException {
                SeekableByteChannel channel = Files.newByteChannel(file).position(start);
                return new BoundedInputStream(Channels.newInputStream(channel), end - start);
            }
        };
    }

    /** Bytes in memory. */
    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open(long start, long end) {
                return new ByteArrayInputStream(bytes, (int) start, (int) (end - start));
            }
        };
    }
}
