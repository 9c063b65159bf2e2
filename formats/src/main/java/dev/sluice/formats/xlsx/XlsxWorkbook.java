package dev.sluice.formats.xlsx;

import dev.sluice.formats.xlsx.internal.FileStart;
import dev.sluice.formats.xlsx.internal.ZipLimits;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX workbook opened for streaming reads with fastexcel. The file must be a local {@link Path}:
 * a zip is read by seeking to its parts, and fastexcel would copy a stream into memory whole. Before
 * any XML is parsed, the zip entries are checked against {@link XlsxLimits}.
 */
public final class XlsxWorkbook implements Closeable {
    /** Cell formats are read too: they are what tells a date from a number. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private final ReadableWorkbook workbook;
    private final List<XlsxSheet> sheets;

    private XlsxWorkbook(ReadableWorkbook workbook) {
        this.workbook = workbook;
        this.sheets = workbook.getSheets().map(sheet -> new XlsxSheet(sheet.getIndex(), sheet.getName())).toList();
    }

    /**
     * Checks the file and opens it.
     *
     * @throws XlsxFormatException when it is not an XLSX workbook, or passes a limit
     */
    public static XlsxWorkbook open(Path file, XlsxLimits limits) throws IOException {
        FileStart.requireZip(file);
        ZipLimits.check(file, limits);
        try {
            return new XlsxWorkbook(new ReadableWorkbook(file.toFile(), OPTIONS));
        } catch (IOException e) {
            if (e.getCause() instanceof XMLStreamException) {
                throw new XlsxFormatException("not a readable xlsx workbook: " + e.getCause().getMessage(), e);
            }
            throw e;
        } catch (RuntimeException e) {
            // fastexcel parses bytes the user sent: anything it throws on them means the workbook is bad.
            throw new XlsxFormatException("not a readable xlsx workbook: " + e.getMessage(), e);
        }
    }

    /** {@link #open(Path, XlsxLimits)} with {@link XlsxLimits#DEFAULTS}. */
    public static XlsxWorkbook open(Path file) throws IOException {
        return open(file, XlsxLimits.DEFAULTS);
    }

    /** Every sheet in tab order, hidden ones included. */
    public List<XlsxSheet> sheets() {
        return sheets;
    }

    /**
     * Opens one sheet for reading. Sheets may be read one after another.
     *
     * @param headers whether the first row with a value names the fields; else they are {@code column_1..n}
     */
    public XlsxSheetReader read(XlsxSheet sheet, boolean headers) throws IOException {
        Sheet source = workbook.getSheet(sheet.index())
                .orElseThrow(() -> new IllegalArgumentException("no sheet " + sheet.index() + " in this workbook"));
        try {
            return XlsxSheetReader.open(sheet, source.openStream(), headers);
        } catch (ExcelReaderException e) {
            throw XlsxSheetReader.unreadable(sheet, e);
        } catch (IOException e) {
            if (e.getCause() instanceof XMLStreamException) {
                throw XlsxSheetReader.unreadable(sheet, e);
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
