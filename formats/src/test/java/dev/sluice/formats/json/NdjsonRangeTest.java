package dev.sluice.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cutting an NDJSON file into ranges and reading each on its own must give exactly what reading it whole gives. */
class NdjsonRangeTest {
    private static final String[] LINES = {"{\"a\": 1}", "{\"b\": \"é😀\", \"c\": {\"d\": [1, 2]}}", "", "   ", "\r",
        "{\"a\": 2,, }", "[3]", "{\"x\": null}", "{\"a\": 1} {\"a\": 2}", "{\"s\": \"line\\nbreak\"}"};
    /** Middle ranges of 0 (two ranges meeting at one byte), 1 and 2 bytes (inside one line), a line, and several. */
    private static final int[] MIDDLE_WIDTHS = {0, 1, 2, 13, 60, 200};

    static Stream<String> ndjsonFiles() {
        return Stream.of("nested.ndjson", "malformed-middle.ndjson", "crlf-blank-lines.ndjson", "bom.ndjson",
                "duplicates.ndjson", "invalid-utf8.ndjson");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ndjsonFiles")
    void cutsAtAnyBytesIntoThreeRangesReadEachRowExactlyOnce(String name) {
        byte[] file = JsonReading.corpus(name);
        List<String> whole = withoutRowIndexes(JsonReading.whole(file).items());

        for (int a = 0; a <= file.length; a++) {
            for (int width : MIDDLE_WIDTHS) {
                int b = Math.min(a + width, file.length);
                List<JsonItem> items = new ArrayList<>();
                items.addAll(JsonReading.range(file, new NdjsonRange(0, a, 0)).items());
                items.addAll(JsonReading.range(file, new NdjsonRange(a, b, 0)).items());
                items.addAll(JsonReading.range(file, new NdjsonRange(b, Long.MAX_VALUE, 0)).items());

                assertThat(withoutRowIndexes(items)).as("cut at %d and %d", a, b).isEqualTo(whole);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ndjsonFiles")
    void theScannersRangesGiveExactlyTheWholeReadingRowIndexesIncluded(String name) {
        byte[] file = JsonReading.corpus(name);
        Read whole = JsonReading.whole(file);

        for (long rangeBytes : new long[] {1, 2, 3, 7, 64, 1 << 20}) {
            NdjsonScanner scanner = scan(file, rangeBytes, 3);

            assertThat(readInRanges(file, scanner.finish())).as("ranges of %d bytes", rangeBytes).isEqualTo(whole.items());
            assertThat(scanner.totalRows()).isEqualTo(whole.items().stream().map(JsonItem::rowIndex).distinct().count());
            assertThat(scanner.totalBytes()).isEqualTo(file.length);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomFilesReadTheSameWholeInScannedRangesAndInArbitraryCuts(int seed) {
        Random random = new Random(seed);
        byte[] file = randomNdjson(random);
        Read whole = JsonReading.whole(file);
        NdjsonScanner scanner = scan(file, 1 + random.nextInt(40), 1 + random.nextInt(7));
        int cut = random.nextInt(file.length + 1);

        assertThat(readInRanges(file, scanner.finish())).isEqualTo(whole.items());
        List<JsonItem> twoRanges = new ArrayList<>(JsonReading.range(file, new NdjsonRange(0, cut, 0)).items());
        twoRanges.addAll(JsonReading.range(file, new NdjsonRange(cut, file.length, 0)).items());
        assertThat(withoutRowIndexes(twoRanges)).as("cut at %d", cut).isEqualTo(withoutRowIndexes(whole.items()));
    }

    @ParameterizedTest(name = "{0} byte ranges")
    @ValueSource(longs = {1, 5, 100})
    void noRangeStartsAtTheEndOfTheFileAndTheRangesCoverItWithoutGaps(long rangeBytes) {
        byte[] file = JsonReading.corpus("nested.ndjson");
        List<NdjsonRange> ranges = scan(file, rangeBytes, 4096).finish();

        assertThat(ranges.get(0).start()).isZero();
        assertThat(ranges.get(ranges.size() - 1).end()).isEqualTo(file.length);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).start()).isEqualTo(ranges.get(i - 1).end()).isLessThan(file.length);
        }
    }

    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    private static NdjsonScanner scan(byte[] file, long rangeBytes, int chunk) {
        NdjsonScanner scanner = new NdjsonScanner(rangeBytes);
        for (int off = 0; off < file.length; off += chunk) {
            scanner.feed(file, off, Math.min(chunk, file.length - off));
        }
        return scanner;
    }

    private static List<JsonItem> readInRanges(byte[] file, List<NdjsonRange> ranges) {
        List<JsonItem> items = new ArrayList<>();
        for (NdjsonRange range : ranges) {
            items.addAll(JsonReading.range(file, range).items());
        }
        return items;
    }

    /** Arbitrary cuts number rows within each range; the byte offset and content identify a row. */
    private static List<String> withoutRowIndexes(List<JsonItem> items) {
        return items.stream().map(item -> item.byteOffset() + " " + (item instanceof JsonRow row
                ? row.fields().toString() : ((JsonRowError) item).message())).toList();
    }

    private static byte[] randomNdjson(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.write('{');
        int lines = random.nextInt(30);
        for (int i = 0; i < lines; i++) {
            out.writeBytes(LINES[random.nextInt(LINES.length)].getBytes(StandardCharsets.UTF_8));
            out.writeBytes((random.nextInt(3) == 0 ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
