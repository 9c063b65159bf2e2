package dev.sluice.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cutting a file into ranges and parsing each on its own must give exactly what parsing it whole gives. */
class RangeEquivalenceTest {
    private static final long[] RANGE_SIZES = {1, 2, 3, 7, 64, 1 << 20};
    private static final String[] TOKENS = {"a", "bc", ",", ",", ";", "|", "\t", "\"", "\"", "\"\"", "\r", "\n", "\n",
        "\r\n", " ", "é", "😀", "€"};

    static Stream<Arguments> corpusFilesAndRangeSizes() {
        return Corpus.FILES.keySet().stream()
                .flatMap(file -> IntStream.range(0, RANGE_SIZES.length).mapToObj(i -> Arguments.of(file, RANGE_SIZES[i])));
    }

    @ParameterizedTest(name = "{0} in ranges of {1} bytes")
    @MethodSource("corpusFilesAndRangeSizes")
    void parsingEveryRangeOfACorpusFileEqualsParsingItWhole(String file, long rangeBytes) {
        byte[] bytes = Corpus.bytes(file);
        CsvFormat format = Corpus.FILES.get(file);

        assertThat(Parsing.inRanges(bytes, format, rangeBytes, 3)).isEqualTo(Parsing.whole(bytes, format));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFilesAndRangeSizes")
    void theScannerCountsTheRecordsTheParserReads(String file, long rangeBytes) {
        byte[] bytes = Corpus.bytes(file);
        CsvFormat everyRecordIsData = Corpus.FILES.get(file).withHeaders(false).withSkipRows(0);
        Parsed whole = Parsing.whole(bytes, everyRecordIsData);
        BoundaryScanner scanner = Parsing.scan(bytes, everyRecordIsData, rangeBytes, 5);
        scanner.finish();

        long recordsRead = whole.rows().size() + whole.errors().stream().filter(e -> e.message().contains("never closed")).count();
        if (whole.failure() == null) {
            assertThat(scanner.totalRows()).isEqualTo(recordsRead);
        }
        assertThat(scanner.totalBytes()).isEqualTo(bytes.length);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parsingEveryRangeOfARandomFileEqualsParsingItWhole(int seed) {
        Random random = new Random(seed);
        byte[] bytes = randomCsv(random);
        CsvFormat format = CsvFormat.DEFAULT.withDelimiter(",;|\t".charAt(random.nextInt(4)))
                .withHeaders(random.nextBoolean()).withSkipRows(random.nextInt(3));
        Parsed whole = Parsing.whole(bytes, format);

        for (long rangeBytes : new long[] {1, 5, 17, 100}) {
            int chunk = 1 + random.nextInt(8);
            assertThat(Parsing.inRanges(bytes, format, rangeBytes, chunk))
                    .as("ranges of %d bytes, fed in chunks of %d", rangeBytes, chunk).isEqualTo(whole);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFilesAndRangeSizes")
    void scanningForAllDelimitersAtOnceGivesEachDelimitersOwnSplits(String file, long rangeBytes) {
        byte[] bytes = Corpus.bytes(file);
        CsvFormat format = Corpus.FILES.get(file);
        AllDelimitersScanner all = new AllDelimitersScanner((byte) '"', rangeBytes);
        all.feed(bytes, 0, bytes.length);
        all.finish();

        assertThat(all.forDelimiter(format.delimiter()).finish()).isEqualTo(Parsing.scan(bytes, format, rangeBytes, 2).finish());
    }

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    private static byte[] randomCsv(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(5) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        int tokens = random.nextInt(120);
        for (int i = 0; i < tokens; i++) {
            out.writeBytes(TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            if (random.nextInt(400) == 0) {
                out.write(random.nextBoolean() ? 0xFF : 0xC3); // not utf-8: both parses must stop at the same byte
            }
        }
        return out.toByteArray();
    }
}
