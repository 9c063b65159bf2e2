package dev.sluice.formats.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses test input the two ways Sluice does: a whole file at once, or scanned into ranges and parsed range by range. */
final class Parsing {
    private Parsing() {
    }

    static Parsed whole(byte[] file, CsvFormat format) {
        return whole(file, format, CsvLimits.DEFAULTS);
    }

    static Parsed whole(byte[] file, CsvFormat format, CsvLimits limits) {
        List<CsvItem> items = new ArrayList<>();
        try (CsvRangeParser parser = CsvRangeParser.open(new ByteArrayInputStream(file), format, Split.FILE_START, null, limits)) {
            return new Parsed(parser.header(), items, drain(parser, items));
        } catch (CsvFormatException e) {
            return new Parsed(CsvHeader.NONE, items, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scans the file fed in {@code chunk}-byte pieces, reads the header once, then parses each range on its own. */
    static Parsed inRanges(byte[] file, CsvFormat format, long rangeBytes, int chunk) {
        List<Split> splits = scan(file, format, rangeBytes, chunk).finish();
        CsvHeader header;
        try {
            header = CsvHeader.read(new ByteArrayInputStream(file), format);
        } catch (CsvFormatException e) {
            return new Parsed(CsvHeader.NONE, List.of(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CsvItem> items = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            long end = i + 1 < splits.size() ? splits.get(i + 1).byteOffset() : file.length;
            String failure = parseRange(Arrays.copyOfRange(file, (int) splits.get(i).byteOffset(), (int) end),
                    format, splits.get(i), header, items);
            if (failure != null) {
                return new Parsed(header, items, failure);
            }
        }
        return new Parsed(header, items, null);
    }

    static BoundaryScanner scan(byte[] file, CsvFormat format, long rangeBytes, int chunk) {
        BoundaryScanner scanner = BoundaryScanner.forFormat(format, rangeBytes);
        for (int off = 0; off < file.length; off += chunk) {
            scanner.feed(file, off, Math.min(chunk, file.length - off));
        }
        return scanner;
    }

    private static String parseRange(byte[] range, CsvFormat format, Split split, CsvHeader header, List<CsvItem> items) {
        try (CsvRangeParser parser = CsvRangeParser.open(new ByteArrayInputStream(range), format, split, header)) {
            return drain(parser, items);
        } catch (CsvFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String drain(CsvRangeParser parser, List<CsvItem> items) throws IOException {
        try {
            for (CsvItem item = parser.next(); item != null; item = parser.next()) {
                items.add(item);
            }
            return null;
        } catch (CsvFormatException e) {
            return e.getMessage();
        }
    }
}
