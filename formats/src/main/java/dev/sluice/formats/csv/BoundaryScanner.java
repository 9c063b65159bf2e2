package dev.sluice.formats.csv;

import dev.sluice.formats.csv.internal.CsvGrammar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds where a CSV file can be cut into ranges that workers parse independently, in one streaming
 * pass over its raw bytes (fed chunk by chunk, as the file is uploaded). It follows the same grammar
 * as {@link CsvRangeParser}: quotes, CRLF split across chunks, a UTF-8 byte order mark, empty lines.
 * Memory is one {@link Split} per range.
 *
 * <p>Only for ASCII-compatible encodings ({@link CsvFormat#asciiCompatible()}). Where a record ends
 * depends on the delimiter (a quote opens a quoted field only at the start of a field), so the scanner
 * needs it; when the delimiter is not known yet, scan for all of them with {@link AllDelimitersScanner}.
 */
public final class BoundaryScanner {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The grammar's transition for each state and byte, so the hot loop does one lookup per byte. */
    private final int[] transitions;
    /** The bytes that end a run inside an unquoted field (delimiter, CR, LF), and inside a quoted one (the quote). */
    private final boolean[] endsUnquoted;
    private final boolean[] endsQuoted;
    private final long targetRangeBytes;
    private final List<Split> splits = new ArrayList<>(List.of(Split.FILE_START));
    private long position;
    private long nextSplitAt;
    private long rows;
    private long dataStart;
    private int state = CsvGrammar.START;
    private int bomBytesHeld;
    private boolean bomDecided;
    private boolean finished;

    /**
     * @param delimiter        the delimiter byte, such as {@code ','}
     * @param quote            the quote byte, usually {@code '"'}
     * @param targetRangeBytes a range ends at the first record boundary at or after its start plus this many bytes
     */
    public BoundaryScanner(byte delimiter, byte quote, long targetRangeBytes) {
        if (targetRangeBytes < 1) {
            throw new IllegalArgumentException("targetRangeBytes must be at least 1, not " + targetRangeBytes);
        }
        this.targetRangeBytes = targetRangeBytes;
        this.nextSplitAt = targetRangeBytes;
        this.transitions = byteTransitions(delimiter & 0xFF, quote & 0xFF);
        this.endsUnquoted = new boolean[256];
        this.endsUnquoted[delimiter & 0xFF] = true;
        this.endsUnquoted['\r'] = true;
        this.endsUnquoted['\n'] = true;
        this.endsQuoted = new boolean[256];
        this.endsQuoted[quote & 0xFF] = true;
    }

    /** A scanner for a format's delimiter and quote; refuses formats that are not ASCII-compatible. */
    public static BoundaryScanner forFormat(CsvFormat format, long targetRangeBytes) {
        if (!format.asciiCompatible()) {
            throw new IllegalArgumentException(format.encoding() + " files cannot be cut into ranges; parse them as one range");
        }
        return new BoundaryScanner((byte) format.delimiter(), (byte) format.quote(), targetRangeBytes);
    }

    /** Scans the next {@code len} bytes of the file. */
    public void feed(byte[] buf, int off, int len) {
        if (finished) {
            throw new IllegalStateException("the scan is finished");
        }
        int i = off;
        for (; i < off + len && !bomDecided; i++) {
            sniffBom(buf[i]);
        }
        scan(buf, i, off + len);
    }

    /** Ends the scan; returns where each range starts, the first always {@link Split#FILE_START}. */
    public List<Split> finish() {
        if (!finished) {
            replayHeldBom();
            finished = true;
            if (CsvGrammar.inRecord(state)) {
                rows++;
            }
        }
        return Collections.unmodifiableList(splits);
    }

    /** The file's non-empty records, skipped and header rows included; complete after {@link #finish()}. */
    public long totalRows() {
        return rows;
    }

    /**
     * Whether the file ended inside a quoted field (after {@link #finish()}). No range starts after
     * such a quote, so the last range runs to the end, and its parse reports the quote as a row error
     * or stops at a field limit. An upload can warn about it early.
     */
    public boolean endsInsideQuote() {
        return finished && state == CsvGrammar.QUOTED;
    }

    /** The bytes fed so far. */
    public long totalBytes() {
        return position;
    }

    private void sniffBom(byte b) {
        if (b == BOM[bomBytesHeld]) {
            position++;
            if (++bomBytesHeld == BOM.length) {
                bomDecided = true;
                dataStart = BOM.length;
            }
            return;
        }
        replayHeldBom();
        step(b);
    }

    /** Bytes that began like a byte order mark but were not one are data after all. */
    private void replayHeldBom() {
        bomDecided = true;
        if (dataStart == 0 && bomBytesHeld > 0) {
            position -= bomBytesHeld;
            for (int i = 0; i < bomBytesHeld; i++) {
                step(BOM[i]);
            }
        }
    }

    private void step(byte b) {
        scan(new byte[] {b}, 0, 1);
    }

    /**
     * The grammar over bytes, with the state in a local: this loop is the scanner's whole cost. Inside
     * a field most bytes change nothing (in an unquoted field all but the delimiter and line breaks,
     * in a quoted one all but the quote), so runs of them are skipped with a lookup that does not
     * wait for the state, which is several times faster than a transition per byte.
     */
    private void scan(byte[] buf, int from, int to) {
        long offsetOfIndexZero = position - from;
        int s = state;
        for (int i = from; i < to; i++) {
            if (s == CsvGrammar.UNQUOTED || s == CsvGrammar.QUOTED) {
                boolean[] ends = s == CsvGrammar.QUOTED ? endsQuoted : endsUnquoted;
                while (i < to && !ends[buf[i] & 0xFF]) {
                    i++;
                }
                if (i == to) {
                    break;
                }
            }
            int b = buf[i] & 0xFF;
            if (s == CsvGrammar.START || s == CsvGrammar.AFTER_CR && b != '\n') {
                position = offsetOfIndexZero + i;
                boundary();
            }
            int transition = transitions[s << 8 | b];
            s = CsvGrammar.nextState(transition);
            if (CsvGrammar.action(transition) == CsvGrammar.END_RECORD) {
                rows++;
            }
        }
        position = offsetOfIndexZero + to;
        state = s;
    }

    private static int[] byteTransitions(int delimiter, int quote) {
        int[] table = new int[CsvGrammar.STATES << 8];
        for (int state = 0; state < CsvGrammar.STATES; state++) {
            for (int b = 0; b < 256; b++) {
                table[state << 8 | b] = CsvGrammar.transition(state, CsvGrammar.classOf(b, delimiter, quote));
            }
        }
        return table;
    }

    /** The byte at {@code position} begins a line: a range may start here. */
    private void boundary() {
        if (position >= nextSplitAt && position > dataStart) {
            splits.add(new Split(position, rows));
            nextSplitAt = position + targetRangeBytes;
        }
    }
}
