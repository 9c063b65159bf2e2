package dev.sluice.formats.sniff.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The signatures of common binary files, so an upload that is one can be named rather than called "not text". */
public final class Magic {
    private static final Map<byte[], String> KNOWN = known();

    private Magic() {
    }

    /** What the head's first bytes say the file is, such as "a PNG image"; null for none known. */
    public static String describe(byte[] head, int length) {
        for (Map.Entry<byte[], String> entry : KNOWN.entrySet()) {
            if (startsWith(head, length, entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    public static boolean startsWith(byte[] head, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Map<byte[], String> known() {
        Map<byte[], String> known = new LinkedHashMap<>();
        known.put(bytes(0x89, 'P', 'N', 'G'), "a PNG image");
        known.put(bytes(0xFF, 0xD8, 0xFF), "a JPEG image");
        known.put(bytes('G', 'I', 'F', '8'), "a GIF image");
        known.put(bytes('%', 'P', 'D', 'F'), "a PDF document");
        known.put(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
                "an OLE2 file (a legacy .xls or .doc, or a password-protected workbook)");
        known.put(bytes(0x7F, 'E', 'L', 'F'), "an ELF executable");
        known.put(bytes('M', 'Z'), "a Windows executable");
        known.put(bytes(0xCF, 0xFA, 0xED, 0xFE), "a Mach-O executable");
        known.put(bytes(0xCA, 0xFE, 0xBA, 0xBE), "a Java class or Mach-O universal binary");
        known.put(bytes('#', '!'), "a script (it starts with #!)");
        known.put(bytes(0x1F, 0x8B), "a gzip archive");
        known.put(bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), "a 7-Zip archive");
        known.put(bytes('R', 'a', 'r', '!'), "a RAR archive");
        return known;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
