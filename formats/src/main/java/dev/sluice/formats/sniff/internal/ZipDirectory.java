package dev.sluice.formats.sniff.internal;

import dev.sluice.formats.sniff.ByteSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry names of a zip, read from its central directory at the end of the file (APPNOTE 4.3.12
 * to 4.3.16, zip64 included) without unpacking anything: the tail holding the end record, then the
 * directory itself, capped at {@link #MAX_DIRECTORY_BYTES}.
 */
public final class ZipDirectory {
    /** The end record (22 bytes) plus the longest comment a zip may have. */
    private static final int MAX_TAIL = 22 + 0xFFFF;
    /** A directory longer than this (about 40,000 entries) is not read. */
    public static final int MAX_DIRECTORY_BYTES = 4 << 20;
    private static final int END = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ENTRY = 0x02014b50;

    private ZipDirectory() {
    }

    /**
     * The names in the directory.
     *
     * @throws ZipDirectoryException when the file has no readable directory
     */
    public static List<String> names(ByteSource source) throws IOException {
        long size = source.size();
        long tailStart = Math.max(0, size - MAX_TAIL);
        ByteBuffer tail = read(source, tailStart, size);
        int end = findEnd(tail);
        long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
        long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
        if (directoryOffset == 0xFFFFFFFFL || directorySize == 0xFFFFFFFFL) {
            ByteBuffer zip64 = zip64End(source, size, tail, end);
            directorySize = zip64.getLong(40);
            directoryOffset = zip64.getLong(48);
        }
        if (directorySize > MAX_DIRECTORY_BYTES) {
            throw new ZipDirectoryException("its zip directory is " + directorySize + " bytes, more than the "
                    + MAX_DIRECTORY_BYTES + " looked at");
        }
        if (directoryOffset < 0 || directoryOffset + directorySize > size) {
            throw new ZipDirectoryException("its zip directory points outside the file");
        }
        return entries(read(source, directoryOffset, directoryOffset + directorySize));
    }

    private static int findEnd(ByteBuffer tail) {
        for (int i = tail.limit() - 22; i >= 0; i--) {
            if (tail.getInt(i) == END) {
                return i;
            }
        }
        throw new ZipDirectoryException("it has no zip end record; the file is cut short or not a zip");
    }

    private static ByteBuffer zip64End(ByteSource source, long size, ByteBuffer tail, int end) throws IOException {
        int locator = end - 20;
        if (locator < 0 || tail.getInt(locator) != ZIP64_LOCATOR) {
            throw new ZipDirectoryException("its zip64 end record is missing");
        }
        long at = tail.getLong(locator + 8);
        if (at < 0 || at > size - 56) {
            throw new ZipDirectoryException("its zip64 end record points outside the file");
        }
        ByteBuffer record = read(source, at, at + 56);
        if (record.limit() < 56 || record.getInt(0) != ZIP64_END) {
            throw new ZipDirectoryException("its zip64 end record is not where the locator says");
        }
        return record;
    }

    private static List<String> entries(ByteBuffer directory) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i + 46 <= directory.limit()) {
            if (directory.getInt(i) != ENTRY) {
                throw new ZipDirectoryException("its zip directory is damaged at entry " + (names.size() + 1));
            }
            int nameLength = Short.toUnsignedInt(directory.getShort(i + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(i + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(i + 32));
            if (i + 46 + nameLength > directory.limit()) {
                throw new ZipDirectoryException("its zip directory is damaged at entry " + (names.size() + 1));
            }
            names.add(new String(directory.array(), i + 46, nameLength, StandardCharsets.UTF_8));
            i += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static ByteBuffer read(ByteSource source, long start, long end) throws IOException {
        try (InputStream in = source.open(start, end)) {
            return ByteBuffer.wrap(in.readNBytes((int) (end - start))).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
