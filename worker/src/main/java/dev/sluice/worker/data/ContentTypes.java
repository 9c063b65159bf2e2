package dev.sluice.worker.data;

import dev.sluice.common.file.ContentSniffer;
import java.util.Locale;

/** The content type of a file a worker writes: from its name's extension where Sluice knows it, else sniffed. */
final class ContentTypes {

    private ContentTypes() {
    }

    /**
     * {@code .json} is {@link ContentSniffer#JSON}, {@code .csv} {@link ContentSniffer#CSV} and
     * {@code .xlsx} {@link ContentSniffer#XLSX} whatever
     * the bytes (an export names what it wrote); any other name gets what {@link ContentSniffer}
     * makes of the first bytes.
     */
    static String of(String name, byte[] head, int length) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return ContentSniffer.JSON;
        }
        if (lower.endsWith(".csv")) {
            return ContentSniffer.CSV;
        }
        if (lower.endsWith(".xlsx")) {
            return ContentSniffer.XLSX;
        }
        return ContentSniffer.sniff(head, length);
    }
}
