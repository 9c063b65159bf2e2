package dev.sluice.formats.csv.internal;

import dev.sluice.formats.csv.CsvLimits;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads records, one per call, by walking {@link CsvGrammar} over decoded characters while counting
 * the bytes each character took, so every record knows its absolute offset.
 */
public final class RecordLexer {
    private final CharSource source;
    /** The grammar class of each ASCII character; every other character is OTHER. */
    private final byte[] asciiClasses = new byte[128];
    /** Bytes per char: 1 in the single-byte encodings, 2 in utf-16, 0 for utf-8 (1 to 3, a surrogate pair 4). */
    private final int fixedWidth;
    private final CsvLimits limits;
    private final FieldBuffer field;
    private final List<String> fields = new ArrayList<>();
    private final char[] chars = new char[1 << 14];
    private int next;
    private int end;
    private long position;
    private long recordStart;
    private long quoteStart;
    private long recordChars;
    private int state = CsvGrammar.START;
    private boolean done;

    public RecordLexer(CharSource source, char delimiter, char quote, Charset encoding, CsvLimits limits) {
        this.source = source;
        for (int c = 0; c < 128; c++) {
            asciiClasses[c] = (byte) CsvGrammar.classOf(c, delimiter, quote);
        }
        this.fixedWidth = encoding.equals(StandardCharsets.UTF_8) ? 0 : Encodings.utf16(encoding) ? 2 : 1;
        this.limits = limits;
        this.field = new FieldBuffer(limits.maxFieldChars());
        this.position = source.dataStart();
    }

    /** The next non-empty record, or null at the end of the range. */
    public RawRecord next() throws IOException {
        while (!done) {
            if (next == end && !refill()) {
                return endOfInput();
            }
            char c = chars[next++];
            long at = position;
            position += fixedWidth != 0 ? fixedWidth : utf8Width(c);
            if (c == 0) {
                throw new LexerException(at, "a NUL byte, which text never has — is this a CSV file?");
            }
            int transition = CsvGrammar.transition(state, c < 128 ? asciiClasses[c] : CsvGrammar.OTHER);
            if (!CsvGrammar.inRecord(state)) {
                recordStart = at;
            }
            state = CsvGrammar.nextState(transition);
            RawRecord record = act(CsvGrammar.action(transition), c, at);
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    private RawRecord act(int action, char c, long at) {
        switch (action) {
            case CsvGrammar.APPEND -> append(c, at);
            case CsvGrammar.OPEN_QUOTE -> quoteStart = at;
            case CsvGrammar.END_FIELD -> endField(at);
            case CsvGrammar.END_RECORD -> {
                return endRecord(at);
            }
            default -> {
            }
        }
        return null;
    }

    private void append(char c, long at) {
        if (!field.append(c)) {
            throw new LexerException(at, "a field longer than " + limits.maxFieldChars()
                    + " characters (the limit) — is a quote left open?");
        }
        if (++recordChars > limits.maxRowChars()) {
            throw new LexerException(at, "a row longer than " + limits.maxRowChars() + " characters (the limit)");
        }
    }

    private void endField(long at) {
        if (fields.size() == limits.maxFieldsPerRow()) {
            throw new LexerException(at, "a row with more than " + limits.maxFieldsPerRow() + " fields (the limit)");
        }
        fields.add(field.take());
    }

    private RawRecord endRecord(long at) {
        endField(at);
        RawRecord record = new RawRecord(recordStart, List.copyOf(fields), -1);
        fields.clear();
        recordChars = 0;
        return record;
    }

    private RawRecord endOfInput() {
        done = true;
        if (state == CsvGrammar.QUOTED) {
            return new RawRecord(recordStart, List.of(), quoteStart);
        }
        return CsvGrammar.inRecord(state) ? endRecord(position) : null;
    }

    private boolean refill() throws IOException {
        int n = source.read(chars);
        next = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    private static int utf8Width(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }
}
