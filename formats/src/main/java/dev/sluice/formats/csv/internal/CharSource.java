package dev.sluice.formats.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a range's bytes into characters, strictly: bytes that are not text in the encoding stop
 * the read with their absolute offset. At the file start it drops a byte order mark (for utf-16 the
 * mark also decides the byte order).
 */
public final class CharSource {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final String encodingName;
    private CharsetDecoder decoder;
    private long bufferStart;
    private boolean endOfBytes;
    private boolean flushing;
    private boolean finished;
    private LexerException pending;

    private CharSource(InputStream in, Charset encoding, long startOffset) {
        this.in = in;
        this.encodingName = Encodings.display(encoding);
        this.bufferStart = startOffset;
    }

    /** A source for a range starting at {@code startOffset}; {@code fileStart} lets it drop a byte order mark. */
    public static CharSource open(InputStream in, Charset encoding, long startOffset, boolean fileStart) throws IOException {
        CharSource source = new CharSource(in, encoding, startOffset);
        Charset actual = fileStart ? source.dropByteOrderMark(encoding) : encoding;
        if (actual.equals(StandardCharsets.UTF_16)) {
            actual = StandardCharsets.UTF_16BE;
        }
        source.decoder = actual.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return source;
    }

    /** The absolute offset of the first character: the range start, plus a byte order mark's length. */
    public long dataStart() {
        return bufferStart + bytes.position();
    }

    /** Fills {@code dst} with at least one character; -1 at the end of the range. */
    public int read(char[] dst) throws IOException {
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(dst);
        while (out.position() == 0 && !finished) {
            decodeSome(out);
        }
        return out.position() == 0 ? -1 : out.position();
    }

    private void decodeSome(CharBuffer out) throws IOException {
        if (flushing) {
            finished = decoder.flush(out).isUnderflow();
            return;
        }
        CoderResult result = decoder.decode(bytes, out, endOfBytes);
        if (result.isError()) {
            pending = new LexerException(bufferStart + bytes.position(), "not text in " + encodingName + " — is this a CSV file?");
            if (out.position() == 0) {
                throw pending;
            }
        } else if (result.isUnderflow() && endOfBytes) {
            flushing = true;
        } else if (result.isUnderflow()) {
            fill();
        }
    }

    private void fill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private Charset dropByteOrderMark(Charset encoding) throws IOException {
        while (bytes.remaining() < 3 && !endOfBytes) {
            fill();
        }
        if (Encodings.utf16(encoding)) {
            if (startsWith(0xFE, 0xFF)) {
                bytes.position(2);
                return StandardCharsets.UTF_16BE;
            }
            if (startsWith(0xFF, 0xFE)) {
                bytes.position(2);
                return StandardCharsets.UTF_16LE;
            }
        } else if (startsWith(0xEF, 0xBB, 0xBF)) {
            bytes.position(3);
        }
        return encoding;
    }

    private boolean startsWith(int... prefix) {
        if (bytes.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
