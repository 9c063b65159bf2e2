package dev.sluice.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.deploy.Main;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sluice demo} end to end, in this JVM, on free ports. */
class DemoIT {

    private static final String NEWLINE = System.lineSeparator();
    private static final TypeReference<Map<String, String>> RECORD = new TypeReference<>() {
    };

    @TempDir
    Path dataDir;

    @Test
    void theDemoImportsTheCsvAndExportsEveryValidRecordToAFileInTheDataDirectory() throws IOException {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Instant start = Instant.now();

        int code = cli.execute("demo", "--http-port", "0", "--kafka-port", "0", "--data-dir", dataDir.toString());

        assertThat(code).as("exit code; output:%n%s%n%s", out, err).isZero();
        Path exported = dataDir.resolve("exports").resolve("customers.json");
        assertThat(out.toString())
                .contains("Uploaded customers.csv (50,000 rows, ")
                .contains("completed [##############################] 100%")
                .contains("50,000/50,000 records", "  100 errors" + NEWLINE)
                .containsPattern("Workbook wb_\\w+, sheet customers \\(sh_\\w+\\): 50,000 records")
                .containsPattern("  row 7: \\{\"id\":\"8\",.*" + NEWLINE + "    error: row 9 \\(byte \\d+\\) has 13 values")
                .containsPattern("Extract result: \\{.*\"status\":\"completed\",\"recordCount\":50000,\"errorCount\":100,")
                .containsPattern("Export result:  \\{.*\"status\":\"completed\",\"recordCount\":49900,\"errorCount\":0,")
                .contains("Exported 49,900 records as JSON, leaving out 100 invalid ones:")
                .containsPattern("  http://localhost:\\d+/api/v1/files/file_\\w+/content ")
                .contains("  " + exported + " (")
                .endsWith("Stopped." + NEWLINE);
        assertThat(err.toString()).isEmpty();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(90));

        JsonNode json = Json.MAPPER.readTree(Files.readAllBytes(exported));
        assertThat(json.isArray()).as("the exported file is a JSON array").isTrue();
        List<Map<String, String>> expected = validRows(new DemoCsv(DemoCsv.DEFAULT_ROWS));
        assertThat(json.size()).isEqualTo(DemoCsv.DEFAULT_ROWS - new DemoCsv(DemoCsv.DEFAULT_ROWS).raggedRows())
                .isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> record = Json.MAPPER.convertValue(json.get(i), RECORD);
            assertThat(record).as("record %d", i).isEqualTo(expected.get(i));
        }
    }

    /** The rows of the generated file that have a value for every field, as the export writes them. */
    private static List<Map<String, String>> validRows(DemoCsv csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(csv.open(), CsvFormat.DEFAULT)) {
            for (CsvItem item = parser.next(); item != null; item = parser.next()) {
                if (item instanceof CsvRow row && row.values().size() == DemoCsv.FIELDS.size()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < row.values().size(); i++) {
                        values.put(DemoCsv.FIELDS.get(i), row.values().get(i));
                    }
                    rows.add(values);
                }
            }
        }
        return rows;
    }
}
