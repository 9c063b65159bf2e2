package dev.sluice.common.file;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of a chunk record on the files topic. The chunk's index travels as decimal ASCII,
 * so that console tools show it as it is.
 */
public final class ChunkHeaders {

    /** The chunk's index within its file, from 0. */
    public static final String SEQ = "sluice.seq";

    private ChunkHeaders() {
    }

    public static byte[] seq(int index) {
        return Integer.toString(index).getBytes(StandardCharsets.US_ASCII);
    }

    /** The chunk index in {@code headers}, or -1 when it is missing or not a number. */
    public static int seqOf(Headers headers) {
        Header header = headers.lastHeader(SEQ);
        if (header == null || header.value() == null) {
            return -1;
        }
        try {
            return Integer.parseInt(new String(header.value(), StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
