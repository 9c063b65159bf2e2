package dev.sluice.formats.sniff;

import dev.sluice.formats.sniff.internal.ZipDirectory;
import dev.sluice.formats.sniff.internal.ZipDirectoryException;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipException;

/**
 * The part names of a zip, such as an xlsx workbook's {@code xl/worksheets/sheet1.xml}, read from its
 * directory at the end of the file as {@link FileSniffer} reads it: nothing is unpacked, and a
 * directory past {@code 4 MiB} is not read.
 */
public final class ZipEntries {
    private ZipEntries() {
    }

    /**
     * The names in directory order.
     *
     * @throws ZipException when the file has no readable zip directory; the message says why
     */
    public static List<String> names(ByteSource source) throws IOException {
        try {
            return ZipDirectory.names(source);
        } catch (ZipDirectoryException e) {
            throw new ZipException(e.getMessage());
        }
    }
}
