package dev.sluice.formats.xlsx;

/**
 * A file that cannot be read as an XLSX workbook: not a zip, a zip without a workbook, a legacy or
 * password-protected workbook, a part that is not the XML it should be, or a file past the
 * {@link XlsxLimits zip-bomb limits}. Retrying will not help: the file must change. The message says
 * what was found and, where there is one, what to do.
 */
public final class XlsxFormatException extends RuntimeException {
    public XlsxFormatException(String message) {
        super(message);
    }

    public XlsxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
