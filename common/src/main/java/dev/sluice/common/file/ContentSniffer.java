package dev.sluice.common.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses a file's content type from its first bytes. Deliberately small: a zip signature, JSON's
 * opening bracket, text with a delimiter in its first line (CSV), other text, or bytes.
 */
public final class ContentSniffer {

    public static final String ZIP = "application/zip";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String JSON = "application/json";
    public static final String CSV = "text/csv";
    public static final String TEXT = "text/plain";
    public static final String BINARY = "application/octet-stream";
    /** How many leading bytes are looked at. */
    public static final int HEAD = 4096;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ContentSniffer() {
    }

    /** The content type of a file that starts with {@code head[0..length)}; an empty file is text. */
    public static String sniff(byte[] head, int length) {
        int n = Math.min(length, HEAD);
        if (isZip(head, n)) {
            return ZIP;
        }
        if (!isText(head, n)) {
            return BINARY;
        }
        int from = startsWithBom(head, n) ? BOM.length : 0;
        int first = firstNonBlank(head, from, n);
        if (first < n && (head[first] == '{' || head[first] == '[')) {
            return JSON;
        }
        return firstLineHasDelimiter(head, from, n) ? CSV : TEXT;
    }

    /** A local file header, an empty archive, or a spanned archive: {@code PK} 3 4, 5 6, 7 8. */
    private static boolean isZip(byte[] head, int n) {
        return n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] % 2 == 1 && head[2] <= 7 && head[3] == head[2] + 1;
    }

    /** Valid UTF-8 (a sequence cut off at the end is fine) without control bytes other than tab, CR and LF. */
    private static boolean isText(byte[] head, int n) {
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                return false;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, n), CharBuffer.allocate(n), false);
        return !result.isError();
    }

    private static boolean startsWithBom(byte[] head, int n) {
        return n >= 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
    }

    private static int firstNonBlank(byte[] head, int from, int n) {
        int i = from;
        while (i < n && Character.isWhitespace(head[i])) {
            i++;
        }
        return i;
    }

    private static boolean firstLineHasDelimiter(byte[] head, int from, int n) {
        for (int i = from; i < n && head[i] != '\n' && head[i] != '\r'; i++) {
            if (head[i] == ',' || head[i] == ';' || head[i] == '\t' || head[i] == '|') {
                return true;
            }
        }
        return false;
    }
}
