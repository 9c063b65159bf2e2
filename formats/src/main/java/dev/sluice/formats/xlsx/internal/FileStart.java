package dev.sluice.formats.xlsx.internal;

import dev.sluice.formats.xlsx.XlsxFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The first bytes of a workbook: a zip (an XLSX) or an OLE2 compound file (a legacy .xls, or an encrypted .xlsx). */
public final class FileStart {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileStart() {
    }

    /** @throws XlsxFormatException unless the file starts like a zip archive */
    public static void requireZip(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2.length);
        }
        if (Arrays.equals(head, OLE2)) {
            throw new XlsxFormatException("not an xlsx workbook: an OLE2 file, that is a legacy .xls workbook or a"
                    + " password-protected one; save it as .xlsx without a password");
        }
        if (head.length < ZIP.length || !Arrays.equals(Arrays.copyOf(head, ZIP.length), ZIP)) {
            throw new XlsxFormatException("not an xlsx workbook: not a zip archive");
        }
    }
}
