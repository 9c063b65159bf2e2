package dev.sluice.formats.csv;

import dev.sluice.formats.csv.internal.CharSource;
import dev.sluice.formats.csv.internal.LexerException;
import dev.sluice.formats.csv.internal.RawRecord;
import dev.sluice.formats.csv.internal.RecordLexer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Parses one byte range of a CSV file (from one {@link Split} to the next), pulling one
 * {@link CsvItem} at a time. Which rows are skipped and which is the header follows from the
 * absolute row index, so any range may hold them; the byte order mark is dropped only at byte 0.
 * The rules are in the package documentation.
 */
public final class CsvRangeParser implements Closeable {
    private final InputStream in;
    private final CsvFormat format;
    private final RecordLexer lexer;
    private final Queue<CsvItem> ready = new ArrayDeque<>();
    private CsvHeader header;
    private long nextRow;
    private boolean finished;

    private CsvRangeParser(InputStream in, CsvFormat format, Split split, CsvHeader header, RecordLexer lexer) {
        this.in = in;
        this.format = format;
        this.header = header;
        this.lexer = lexer;
        this.nextRow = split.rowIndex();
    }

    /**
     * Opens a range for parsing. {@code header} may be null only for the range at byte 0; the parser
     * then learns it, reading ahead up to the header row (or the first data row without headers).
     *
     * @param range  exactly the range's bytes; closed by {@link #close()}
     * @param split  where the range starts; {@link Split#FILE_START} parses a whole file as one range
     * @param header the file's header from {@link CsvHeader#read}, or null at byte 0
     * @throws CsvFormatException when the bytes read ahead for the header are not CSV
     * @throws IllegalArgumentException for a range after the first without a header, or a utf-16 range not at byte 0
     */
    public static CsvRangeParser open(InputStream range, CsvFormat format, Split split, CsvHeader header, CsvLimits limits)
            throws IOException {
        if (header == null && !split.fileStart()) {
            throw new IllegalArgumentException("a range after the first needs the file's header; read it with CsvHeader.read");
        }
        if (!format.asciiCompatible() && !split.fileStart()) {
            throw new IllegalArgumentException(format.encoding() + " files are parsed as one range, from byte 0");
        }
        CharSource source = CharSource.open(range, format.encoding(), split.byteOffset(), split.fileStart());
        RecordLexer lexer = new RecordLexer(source, format.delimiter(), format.quote(), format.encoding(), limits);
        CsvRangeParser parser = new CsvRangeParser(range, format, split, header, lexer);
        parser.learnHeader();
        return parser;
    }

    /** {@link #open(InputStream, CsvFormat, Split, CsvHeader, CsvLimits)} with {@link CsvLimits#DEFAULTS}. */
    public static CsvRangeParser open(InputStream range, CsvFormat format, Split split, CsvHeader header) throws IOException {
        return open(range, format, split, header, CsvLimits.DEFAULTS);
    }

    /** A whole file as one range: the way to read utf-16 files, and small ones. */
    public static CsvRangeParser wholeFile(InputStream file, CsvFormat format) throws IOException {
        return open(file, format, Split.FILE_START, null);
    }

    /** The file's column names; {@link CsvHeader#NONE} when the file has no rows. */
    public CsvHeader header() {
        return header == null ? CsvHeader.NONE : header;
    }

    /**
     * The next row or row error, or null at the end of the range.
     *
     * @throws CsvFormatException when the bytes are not CSV; the parse is over
     */
    public CsvItem next() throws IOException {
        while (ready.isEmpty() && !finished) {
            step();
        }
        return ready.poll();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void learnHeader() throws IOException {
        while (header == null && !finished) {
            step();
        }
    }

    private void step() throws IOException {
        RawRecord record = lex();
        if (record == null) {
            finished = true;
            return;
        }
        long row = nextRow++;
        if (record.unclosed()) {
            finished = true;
            ready.add(new CsvRowError(row, record.byteOffset(), "a quoted field opened at byte " + record.unclosedQuoteAt()
                    + " is never closed; the input ends inside it"));
        } else if (row >= format.skipRows()) {
            accept(row, record);
        }
    }

    private void accept(long row, RawRecord record) {
        if (format.headers() && row == format.skipRows()) {
            header = header == null ? CsvHeader.fromRow(record.fields()) : header;
            return;
        }
        header = header == null ? CsvHeader.numbered(record.fields().size()) : header;
        int count = record.fields().size();
        if (count != header.size()) {
            String reference = format.headers() ? "the header has " : "the first row has ";
            ready.add(new CsvRowError(row, record.byteOffset(), count + " fields, but " + reference + header.size()));
        }
        ready.add(new CsvRow(row, record.byteOffset(), record.fields()));
    }

    private RawRecord lex() throws IOException {
        try {
            return lexer.next();
        } catch (LexerException e) {
            finished = true;
            throw new CsvFormatException(nextRow, e.byteOffset(), e.getMessage());
        }
    }
}
