package dev.sluice.worker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.RecordKeys;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.common.spi.FileOutput;
import dev.sluice.common.spi.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DataAccess} must do, for the in-memory fake and the Kafka adapter alike: records
 * come back once each, in row order, whatever else shares their offsets; files come back byte for byte.
 */
public interface DataAccessContract {

    /** The data access under test; the same instance for one test. */
    DataAccess data();

    /** Partitions of the records topic, to find a second sheet that shares the first one's partition. */
    int recordPartitions();

    /** A sheet id no other test uses. */
    String freshSheetId();

    @Test
    default void eachRowIsReadOnceAndInOrderThoughABatchWasWrittenTwiceAmongAnotherSheetsRecords() throws IOException {
        String sheet = freshSheetId();
        String other = sheetInSamePartition(sheet);
        Segment first = write(sheet, 0, 5_000);
        RecordWriter attempt1 = data().writeRecords();
        RecordWriter attempt2 = data().writeRecords();
        RecordWriter others = data().writeRecords();
        for (long row = 5_000; row < 10_000; row++) {
            attempt1.write(record(sheet, row, "attempt 1"));
            others.write(record(other, row - 5_000, "other"));
            attempt2.write(record(sheet, row, "attempt 2"));
        }
        attempt1.finish();
        others.finish();
        Segment second = attempt2.finish();

        List<SheetRecord> read = new ArrayList<>();
        data().readRecords(sheet, List.of(first, second), read::add);

        assertThat(first.rows()).isEqualTo(5_000);
        assertThat(second.firstRow()).isEqualTo(5_000);
        assertThat(second.rows()).isEqualTo(5_000);
        assertThat(read).extracting(SheetRecord::row).containsExactlyElementsOf(LongStream.range(0, 10_000).boxed().toList());
        assertThat(read).allSatisfy(record -> {
            assertThat(record.sheetId()).isEqualTo(sheet);
            assertThat(record.values()).containsEntry("name", "row " + record.row());
        });
        assertThat(read.get(7)).isEqualTo(record(sheet, 7, "first"));
    }

    @Test
    default void aRunAheadOfTheSegmentsOwnInTheSameOffsetsDoesNotHideItsRows() throws IOException {
        String sheet = freshSheetId();
        RecordWriter early = data().writeRecords(); // a re-delivered run that started first
        for (long row = 0; row < 3_000; row++) {
            early.write(record(sheet, row, "early"));
        }
        RecordWriter owner = data().writeRecords(); // the run whose result the job kept
        for (long row = 0; row < 5_000; row++) {
            owner.write(record(sheet, row, "owner"));
            if (row < 2_000) {
                early.write(record(sheet, 3_000 + row, "early"));
            }
        }
        early.finish();
        Segment kept = owner.finish();

        List<SheetRecord> read = new ArrayList<>();
        data().readRecords(sheet, List.of(kept), read::add);

        assertThat(read).extracting(SheetRecord::row).containsExactlyElementsOf(LongStream.range(0, 5_000).boxed().toList());
        assertThat(read).allSatisfy(record -> assertThat(record.values()).containsEntry("by", "owner"));
    }

    @Test
    default void aSegmentReadAloneGivesOnlyItsRows() throws IOException {
        String sheet = freshSheetId();
        write(sheet, 0, 10);
        Segment middle = write(sheet, 10, 5);
        write(sheet, 15, 10);

        List<SheetRecord> read = new ArrayList<>();
        data().readRecords(sheet, List.of(middle), read::add);

        assertThat(read).extracting(SheetRecord::row).containsExactly(10L, 11L, 12L, 13L, 14L);
    }

    @Test
    default void aWriterWithoutRecordsGivesAnEmptySegmentThatReadsAsNothing() throws IOException {
        String sheet = freshSheetId();
        Segment empty = data().writeRecords().finish();
        Segment one = write(sheet, 0, 1);

        List<SheetRecord> read = new ArrayList<>();
        data().readRecords(sheet, List.of(empty, one, empty), read::add);

        assertThat(empty.rows()).isZero();
        assertThat(read).extracting(SheetRecord::row).containsExactly(0L);
    }

    @Test
    default void aFileIsReadBackByteForByteWholeAndInRanges() throws IOException {
        byte[] bytes = new byte[5 * 1024 * 1024 + 12_345];
        new Random(42).nextBytes(bytes);
        String fileId = "file_" + freshSheetId();
        FileOutput out = data().createFile(fileId, "blob.bin");
        out.write(bytes[0]);
        for (int at = 1; at < bytes.length; at += 70_001) {
            out.write(bytes, at, Math.min(70_001, bytes.length - at));
        }
        FileMeta meta = out.finish();

        assertThat(meta.id()).isEqualTo(fileId);
        assertThat(meta.name()).isEqualTo("blob.bin");
        assertThat(meta.size()).isEqualTo(bytes.length);
        assertThat(meta.checksum()).isEqualTo(InMemoryDataAccess.sha256(bytes));
        assertThat(read(meta, 0, bytes.length)).isEqualTo(bytes);
        assertThat(read(meta, 1_000_003, 3_500_017)).isEqualTo(Arrays.copyOfRange(bytes, 1_000_003, 3_500_017));
    }

    @Test
    default void anEmptyFileHasSizeZeroAndTheChecksumOfNothing() throws IOException {
        FileMeta meta = data().createFile("file_" + freshSheetId(), "empty.csv").finish();

        assertThat(meta.size()).isZero();
        assertThat(meta.checksum()).isEqualTo(InMemoryDataAccess.sha256(new byte[0]));
        assertThat(read(meta, 0, 0)).isEmpty();
    }

    private byte[] read(FileMeta meta, long start, long end) throws IOException {
        try (InputStream in = data().openFile(meta, start, end)) {
            return in.readAllBytes();
        }
    }

    private Segment write(String sheet, long firstRow, long rows) throws IOException {
        RecordWriter writer = data().writeRecords();
        for (long row = firstRow; row < firstRow + rows; row++) {
            writer.write(record(sheet, row, "first"));
        }
        return writer.finish();
    }

    private static SheetRecord record(String sheet, long row, String writtenBy) {
        return SheetRecord.of(sheet, row, Map.of("name", "row " + row, "by", writtenBy),
                row % 100 == 7 ? List.of(RecordMessage.error("name", "suspicious")) : List.of());
    }

    /** Another sheet whose run from row 0 shares a partition with {@code sheet}'s run from row 5,000. */
    private String sheetInSamePartition(String sheet) {
        int wanted = RecordKeys.partition(sheet, 5_000, recordPartitions());
        for (int i = 0; ; i++) {
            String candidate = sheet + "_other" + i;
            if (RecordKeys.partition(candidate, 0, recordPartitions()) == wanted) {
                return candidate;
            }
        }
    }
}
