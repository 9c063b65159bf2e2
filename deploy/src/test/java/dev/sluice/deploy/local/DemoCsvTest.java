package dev.sluice.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DemoCsvTest {

    @Test
    void everyReadGivesTheSameBytes() throws IOException {
        byte[] first = new DemoCsv(3000).open().readAllBytes();

        assertThat(new DemoCsv(3000).open().readAllBytes()).isEqualTo(first);
        assertThat(readByteByByte(new DemoCsv(3000).open())).isEqualTo(first);
    }

    @Test
    void theCommittedSampleIsTheStartOfTheGeneratedFile() throws IOException {
        byte[] sample;
        try (InputStream in = DemoCsv.class.getResourceAsStream("/demo/customers.csv")) {
            sample = in.readAllBytes();
        }

        assertThat(new DemoCsv(20).open().readAllBytes()).as("regenerate the sample if the generator changed on purpose")
                .isEqualTo(sample);
        assertThat(new DemoCsv(DemoCsv.DEFAULT_ROWS).open().readNBytes(sample.length)).isEqualTo(sample);
    }

    @Test
    void aCsvParserReadsTheHeaderAndOneRecordPerRowAndTheRaggedRowsAreTheOnesCounted() throws IOException {
        DemoCsv csv = new DemoCsv(2000);
        List<CsvRow> rows = new ArrayList<>();
        List<String> header;
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(csv.open(), CsvFormat.DEFAULT)) {
            header = parser.header().names();
            for (CsvItem item = parser.next(); item != null; item = parser.next()) {
                if (item instanceof CsvRow row) {
                    rows.add(row);
                }
            }
        }

        assertThat(header).isEqualTo(DemoCsv.FIELDS);
        assertThat(rows).extracting(row -> row.values().get(0))
                .isEqualTo(LongStream.rangeClosed(1, 2000).mapToObj(Long::toString).toList());
        assertThat(rows).filteredOn(row -> row.values().size() != DemoCsv.FIELDS.size())
                .extracting(row -> row.values().get(0)).containsExactly("8", "504", "1008", "1504");
        assertThat(csv.raggedRows()).isEqualTo(4);
    }

    @Test
    void theValuesHaveWhatRealExportsHave() throws IOException {
        String text = new String(new DemoCsv(2000).open().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFid,first_name,").contains("\r\n")
                .containsPattern("\"[^\"\r\n]*,[^\"\r\n]*\"")
                .contains("\"\"")
                .containsPattern("\"[^\"]*\n[^\"]*\"")
                .contains("é", "ø", "ł", "ß");
    }

    @Test
    void raggedRowsCountsEveryRaggedRow() {
        for (int rows : new int[] {0, 7, 8, 503, 504, 1000, 1008, 50_000}) {
            long expected = LongStream.range(0, rows).filter(DemoCsv::ragged).count();

            assertThat(new DemoCsv(rows).raggedRows()).as("%d rows", rows).isEqualTo(expected);
        }
    }

    private static byte[] readByteByByte(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            out.write(b);
        }
        return out.toByteArray();
    }
}
