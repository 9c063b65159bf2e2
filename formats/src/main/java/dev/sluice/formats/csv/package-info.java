/**
 * Sluice's CSV: reading a file in parallel ranges and writing one, with the JDK only.
 *
 * <p>The flow: {@link dev.sluice.formats.csv.BoundaryScanner} (or
 * {@link dev.sluice.formats.csv.AllDelimitersScanner} while the delimiter is unknown) scans the
 * raw bytes once, as they are uploaded, into {@link dev.sluice.formats.csv.Split}s.
 * {@link dev.sluice.formats.csv.CsvHeader#read} reads the header once. Each worker parses one range
 * with {@link dev.sluice.formats.csv.CsvRangeParser} into {@link dev.sluice.formats.csv.CsvRow}s and
 * {@link dev.sluice.formats.csv.CsvRowError}s. Parsing every range gives exactly what parsing the
 * whole file gives, row indexes and byte offsets included.
 *
 * <p>The rules, in short (the module's {@code README.md} has them in full):
 * <ul>
 *   <li>LF, CRLF and a lone CR end a record. A line with no characters at all is not a record:
 *       it is skipped and not counted. A line of spaces or of delimiters only is a row.</li>
 *   <li>A quote opens a quoted field only at the start of a field. Inside one, delimiters and line
 *       breaks are data and {@code ""} is one quote. Elsewhere a quote is an ordinary character, and
 *       text after a closing quote is kept ({@code "ab"cd} reads as {@code abcd}). A quote still open
 *       at the end of the input is a row error, and that record is not delivered.</li>
 *   <li>Values are never trimmed; an empty field is {@code ""}.</li>
 *   <li>{@code rowIndex} is 0-based over non-empty records, counting skipped and header rows.
 *       {@code byteOffset} is absolute. Messages say {@code row N (byte B)} with N counted from 1.</li>
 *   <li>Header names are stripped. A blank one becomes {@code column_N}; a repeated one gets
 *       {@code _2}, {@code _3}, ... Without headers the names are {@code column_1..n}.</li>
 *   <li>A ragged row gives a row error just before it, and the row is still delivered.</li>
 *   <li>A NUL byte, bytes that are not text in the encoding, or a field past
 *       {@link dev.sluice.formats.csv.CsvLimits} stop the parse with a
 *       {@link dev.sluice.formats.csv.CsvFormatException} naming the row and byte.</li>
 *   <li>A UTF-8 byte order mark at byte 0 is dropped. utf-16 files cannot be cut into ranges: they
 *       are parsed as one range.</li>
 *   <li>{@link dev.sluice.formats.csv.CsvWriter} quotes per RFC 4180 and, by default, puts a
 *       {@code '} before values starting with {@code = + - @}, tab or CR (plain numbers
 *       excepted).</li>
 * </ul>
 *
 * <p>Everything under {@code internal} is not part of the API.
 */
package dev.sluice.formats.csv;
