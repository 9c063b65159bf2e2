package dev.sluice.worker.handlers;

import static dev.sluice.worker.handlers.ExtractBatches.range;
import static dev.sluice.worker.handlers.ExtractHandlerTest.bytes;
import static dev.sluice.worker.handlers.ExtractHandlerTest.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractFailuresTest {

    private static final List<String> FIELDS = List.of("a", "b");

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final ExtractHandler handler = new ExtractHandler();

    @Test
    void aBinaryRangeFailsForGoodNamingTheRowAndByte() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(bytes("a,b\n1,2\n"));
        file.writeBytes(new byte[] {'3', ',', 0, (byte) 0x89, 'P', 'N', 'G', '\n'});
        FileMeta meta = data.store("file_1", "image.csv", file.toByteArray());

        assertThatThrownBy(() -> handler.run(range(meta, 8, meta.size(), 2, Map.of(), FIELDS, 1), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).startsWith("file file_1 (image.csv) cannot be extracted: row 3 (byte 10): ");
                });
    }

    @Test
    void bytesThatAreNotUtf8FailAtTheirOffset() {
        byte[] latin1 = {'a', ',', 'b', '\n', 'Z', 'o', (byte) 0xEB, ',', '1', '\n'};
        FileMeta meta = data.store("file_1", "latin1.csv", latin1);

        assertThatThrownBy(() -> handler.run(range(meta, 0, meta.size(), 0, Map.of(), FIELDS, 1), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).contains("row 2 (byte 6)");
                });
    }

    @Test
    void aQuoteNeverClosedBecomesAnInvalidRecordSoRowsStayWithoutGaps() throws Exception {
        FileMeta meta = data.store("file_1", "open.csv", bytes("a,b\n1,2\n\"3,4\n5,6\n"));

        BatchResult result = handler.run(range(meta, 0, meta.size(), 0, Map.of(), FIELDS, 1), context);

        assertThat(result.records()).isEqualTo(2);
        assertThat(result.errors()).isEqualTo(1);
        List<SheetRecord> records = new ArrayList<>();
        data.readRecords("sh_1", List.of(segment(result)), records::add);
        assertThat(records.get(1).row()).isEqualTo(1);
        assertThat(records.get(1).values()).containsOnlyKeys("a", "b").containsValues(null, null);
        assertThat(records.get(1).messages()).singleElement().satisfies(message -> assertThat(message.message())
                .isEqualTo("row 3 (byte 8): a quoted field opened at byte 8 is never closed; the input ends inside it"));
    }

    @Test
    void aBadFormatFailsForGoodNamingTheConfigKey() {
        FileMeta meta = data.store("file_1", "x.csv", bytes("a,b\n"));

        assertThatThrownBy(() -> handler.run(range(meta, 0, meta.size(), 0, Map.of("delimiter", "#"), FIELDS, 1), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).startsWith("config.delimiter: ");
                });
    }

    @Test
    void anInputWithoutASheetFailsForGoodNamingTheField() {
        FileMeta meta = data.store("file_1", "x.csv", bytes("a,b\n"));
        Map<String, Object> input = new HashMap<>(range(meta, 0, meta.size(), 0, Map.of(), FIELDS, 1).input());
        input.remove("sheetId");

        assertThatThrownBy(() -> handler.run(ExtractBatches.batch(input), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).isEqualTo("input.sheetId is required");
                });
    }

    @Test
    void aDataRowOffsetThatDisagreesWithTheFormatFailsForGood() {
        FileMeta meta = data.store("file_1", "x.csv", bytes("a,b\n1,2\n"));

        assertThatThrownBy(() -> handler.run(range(meta, 0, 8, 0, Map.of("skipRows", 1), FIELDS, 1), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> assertThat(failure.getMessage())
                        .isEqualTo("input.dataRowOffset is 1, but skipRows 1 and headers true put 2 rows before the data"));
    }

    @Test
    void aRangePastTheFileFailsForGood() {
        FileMeta meta = data.store("file_1", "x.csv", bytes("a,b\n1,2\n"));

        assertThatThrownBy(() -> handler.run(range(meta, 4, 99, 1, Map.of(), FIELDS, 1), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> assertThat(failure.getMessage())
                        .isEqualTo("input.range [4, 99) is not within file file_1 of 8 bytes"));
    }

    @Test
    void aLaterRangeWithoutFieldsFailsForGood() {
        FileMeta meta = data.store("file_1", "x.csv", bytes("a,b\n1,2\n"));

        assertThatThrownBy(() -> handler.run(range(meta, 4, 8, 1, Map.of(), null, 1), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> assertThat(failure.getMessage())
                        .isEqualTo("input.fields is required for a range after the first"));
    }

    @Test
    void aStopRequestEndsALongRangeEarly() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(i).append(",x\n");
        }
        FileMeta meta = data.store("file_1", "long.csv", bytes(csv.toString()));
        context.requestStop();

        assertThatThrownBy(() -> handler.run(range(meta, 0, meta.size(), 0, Map.of(), FIELDS, 1), context))
                .isInstanceOf(InterruptedException.class);
        assertThat(data.log()).hasSizeLessThan(10_000);
    }
}
