package dev.sluice.formats.sniff;

import java.nio.charset.Charset;

/** What {@link FileSniffer} found a file to be. */
public sealed interface Sniffed permits Sniffed.Csv, Sniffed.Json, Sniffed.Xlsx, Sniffed.Unknown {

    FileType type();

    /**
     * Text whose first lines have the same number of fields for {@code delimiter}.
     *
     * @param delimiter the delimiter that fits best: {@code ,} {@code ;} tab or {@code |}
     * @param encoding  utf-8 (also when the head is ASCII), utf-16 (with a byte order mark), or
     *                  windows-1252 for 8-bit text that is not utf-8
     */
    record Csv(char delimiter, Charset encoding) implements Sniffed {
        @Override
        public FileType type() {
            return FileType.CSV;
        }
    }

    /** JSON whose head parses, laid out as {@code shape}. */
    record Json(JsonShape shape) implements Sniffed {
        @Override
        public FileType type() {
            return FileType.JSON;
        }
    }

    /** A zip holding {@code [Content_Types].xml} and {@code xl/workbook.xml}: an Office Open XML workbook. */
    record Xlsx() implements Sniffed {
        @Override
        public FileType type() {
            return FileType.XLSX;
        }
    }

    /** None of the above; {@code reason} says what the file seems to be or why it is none of them. */
    record Unknown(String reason) implements Sniffed {
        @Override
        public FileType type() {
            return FileType.UNKNOWN;
        }
    }
}
