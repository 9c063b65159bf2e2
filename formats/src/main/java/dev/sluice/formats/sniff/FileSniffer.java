package dev.sluice.formats.sniff;

import dev.sluice.formats.sniff.internal.CsvSniff;
import dev.sluice.formats.sniff.internal.JsonSniff;
import dev.sluice.formats.sniff.internal.Magic;
import dev.sluice.formats.sniff.internal.ZipDirectory;
import dev.sluice.formats.sniff.internal.ZipDirectoryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells a file's type by its content, never its name, reading only its first {@link #HEAD_BYTES}
 * bytes (and, for a zip, its directory at the end). In order:
 *
 * <ol>
 *   <li><b>xlsx</b>: the zip signature {@code PK 03 04} and a zip directory holding
 *       {@code [Content_Types].xml} and {@code xl/workbook.xml}. Another zip is unknown.</li>
 *   <li>A known binary signature (PNG, PDF, an executable, ...) is unknown, named in the reason.</li>
 *   <li><b>json</b>: after a UTF-8 byte order mark and whitespace, {@code [} or {@code {}, and the
 *       head parses ({@link JsonShape} says how it is laid out).</li>
 *   <li><b>csv</b>: text whose first records have a consistent number of fields for one delimiter.</li>
 *   <li>Else unknown, with the reason the file is none of them.</li>
 * </ol>
 *
 * A sniff tells the kind of a file, not that every byte is valid: reading it still reports its errors.
 */
public final class FileSniffer {
    /** The bytes looked at from the start of a file: 64 KiB. */
    public static final int HEAD_BYTES = 64 << 10;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final List<String> WORKBOOK_PARTS = List.of("[Content_Types].xml", "xl/workbook.xml");

    private FileSniffer() {
    }

    public static Sniffed sniff(Path file) throws IOException {
        return sniff(ByteSource.of(file));
    }

    public static Sniffed sniff(ByteSource source) throws IOException {
        long size = source.size();
        if (size == 0) {
            return new Sniffed.Unknown("the file is empty");
        }
        byte[] head;
        try (InputStream in = source.open(0, Math.min(size, HEAD_BYTES))) {
            head = in.readNBytes(HEAD_BYTES);
        }
        boolean whole = head.length == size;
        if (Magic.startsWith(head, head.length, ZIP)) {
            return zip(source);
        }
        String binary = Magic.describe(head, head.length);
        if (binary != null) {
            return new Sniffed.Unknown("it is " + binary + ", not csv, json or xlsx");
        }
        return text(head, whole);
    }

    private static Sniffed zip(ByteSource source) throws IOException {
        List<String> names;
        try {
            names = ZipDirectory.names(source);
        } catch (ZipDirectoryException e) {
            return new Sniffed.Unknown("it starts like a zip archive, but " + e.getMessage());
        }
        for (String part : WORKBOOK_PARTS) {
            if (!names.contains(part)) {
                return new Sniffed.Unknown("it is a zip archive, but not an xlsx workbook: it has no " + part);
            }
        }
        return new Sniffed.Xlsx();
    }

    private static Sniffed text(byte[] head, boolean whole) throws IOException {
        int from = Magic.startsWith(head, head.length, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        int first = from;
        while (first < head.length && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r' || head[first] == '\n')) {
            first++;
        }
        if (first == head.length) {
            return new Sniffed.Unknown(whole ? "the file holds only whitespace" : "its first " + HEAD_BYTES + " bytes are whitespace");
        }
        Sniffed json = null;
        if (head[first] == '[' || head[first] == '{') {
            json = JsonSniff.sniff(head, from, head.length, whole);
            if (json instanceof Sniffed.Json) {
                return json;
            }
        }
        Sniffed csv = CsvSniff.sniff(head, head.length, whole);
        // A file that starts like JSON and is not CSV either is most likely broken JSON: say so.
        return csv instanceof Sniffed.Csv || json == null ? csv : json;
    }
}
