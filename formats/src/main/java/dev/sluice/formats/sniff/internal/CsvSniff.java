package dev.sluice.formats.sniff.internal;

import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvFormatException;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import dev.sluice.formats.sniff.Sniffed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells CSV: text (see {@link TextEncoding}) whose first records, parsed by Sluice's own CSV parser,
 * have a consistent number of fields for one delimiter. Consistent means at least 2 fields, the same
 * count in at least 60% of the records looked at (ragged rows are still CSV). Of several
 * delimiters that fit, the one with the most records at that count wins, then the one with more
 * fields. Text without any delimiter (one column, or prose) is not recognised as CSV.
 */
public final class CsvSniff {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int RECORDS = 20;
    private static final double CONSISTENT = 0.6;

    private CsvSniff() {
    }

    /** @param whole whether the head is the whole file; if not, a last record cut short is not looked at */
    public static Sniffed sniff(byte[] head, int length, boolean whole) throws IOException {
        TextEncoding.Result text = TextEncoding.detect(head, length, whole);
        if (text.problem() != null) {
            return new Sniffed.Unknown(text.problem());
        }
        byte[] lines = whole ? Arrays.copyOf(head, length) : text.completeLines(head, length);
        Fit best = null;
        for (char delimiter : DELIMITERS) {
            Fit fit = fit(lines, delimiter, text.charset(), whole);
            if (fit != null && (best == null || fit.betterThan(best))) {
                best = fit;
            }
        }
        if (best == null) {
            return new Sniffed.Unknown("it is text, but no delimiter (, ; tab |) gives its first lines a consistent number of fields");
        }
        return new Sniffed.Csv(best.delimiter(), text.charset());
    }

    private static Fit fit(byte[] lines, char delimiter, Charset charset, boolean whole) throws IOException {
        List<Integer> counts = new ArrayList<>();
        CsvFormat format = CsvFormat.DEFAULT.withDelimiter(delimiter).withEncoding(charset).withHeaders(false);
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(new ByteArrayInputStream(lines), format)) {
            for (CsvItem item = parser.next(); item != null && counts.size() < RECORDS; item = parser.next()) {
                if (item instanceof CsvRow row) {
                    counts.add(row.values().size());
                }
            }
        } catch (CsvFormatException e) {
            return null;
        }
        return Fit.of(delimiter, counts);
    }

    /** How well a delimiter fits: the most common field count and how many records have it. */
    private record Fit(char delimiter, int fields, int matching, int records) {
        static Fit of(char delimiter, List<Integer> counts) {
            int bestCount = 0;
            int bestMatching = 0;
            for (int count : counts) {
                int matching = (int) counts.stream().filter(c -> c == count).count();
                if (matching > bestMatching || matching == bestMatching && count > bestCount) {
                    bestCount = count;
                    bestMatching = matching;
                }
            }
            if (bestCount < 2 || bestMatching < CONSISTENT * counts.size()) {
                return null;
            }
            return new Fit(delimiter, bestCount, bestMatching, counts.size());
        }

        boolean betterThan(Fit other) {
            double share = (double) matching / records;
            double otherShare = (double) other.matching / other.records;
            return share > otherShare || share == otherShare && fields > other.fields;
        }
    }
}
