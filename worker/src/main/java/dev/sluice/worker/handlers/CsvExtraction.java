package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.formats.csv.CsvConfigException;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvFormatException;
import dev.sluice.formats.csv.CsvHeader;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.Split;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extracts one byte range of a CSV file (an {@link ExtractInput}) into records of a sheet. Every data
 * row becomes a record, row {@code fileRow - dataRowOffset}, so rows count from 0 across all ranges; a
 * ragged row is kept with an error message (see {@link RowRecords}) and counts as an error. Bytes that
 * are not CSV in the job's encoding fail the batch for good, with the parser's message naming the row
 * and byte. The output holds the {@code segment} where the records went and the {@code rows} written,
 * and the {@code fields} the batch read from the header when the input had none.
 */
final class CsvExtraction {

    private CsvExtraction() {
    }

    static BatchResult run(Batch batch, BatchContext context) throws Exception {
        ExtractInput input = Inputs.convert(batch.input(), ExtractInput.class, ExtractHandler.OPERATION).validated();
        CsvFormat format = format(input);
        RecordSink sink = new RecordSink(context);
        Map<String, Object> output = new LinkedHashMap<>();
        try (InputStream bytes = context.data().openFile(input.file(), input.range().start(), input.range().end());
             CsvRangeParser parser = open(bytes, format, input)) {
            var fields = input.fields() != null ? input.fields() : parser.header().names();
            if (input.fields() == null) {
                output.put("fields", fields);
            }
            new RangeCopy(new RowRecords(input.sheetId(), fields, input.dataRowOffset()), sink).run(parser);
        } catch (CsvFormatException e) {
            throw new BatchFailure(ExtractHandler.describe(input.file()) + " cannot be extracted: " + e.getMessage(), false);
        }
        Segment segment = sink.finish();
        output.put("segment", Json.convert(segment, Map.class));
        output.put("rows", sink.rows());
        return new BatchResult(sink.rows(), sink.errors(), output, sink.failed());
    }

    /** The job's CSV options; the rows before the data that the planner counted must be the ones they make. */
    private static CsvFormat format(ExtractInput input) throws BatchFailure {
        CsvFormat format;
        try {
            format = CsvFormat.parse(input.format());
        } catch (CsvConfigException e) {
            throw new BatchFailure(e.getMessage(), false);
        }
        long before = format.skipRows() + (format.headers() ? 1 : 0);
        Inputs.require(input.dataRowOffset() == before, "dataRowOffset", "is " + input.dataRowOffset()
                + ", but skipRows " + format.skipRows() + " and headers " + format.headers() + " put " + before + " rows before the data");
        return format;
    }

    /** The first range learns the header itself only when the planner had none to give. */
    private static CsvRangeParser open(InputStream bytes, CsvFormat format, ExtractInput input)
            throws IOException, BatchFailure {
        ExtractInput.Range range = input.range();
        Split split = range.first() ? Split.FILE_START : new Split(range.start(), range.firstRow());
        CsvHeader header = input.fields() == null ? null : new CsvHeader(input.fields());
        try {
            return CsvRangeParser.open(bytes, format, split, header);
        } catch (IllegalArgumentException e) {
            throw new BatchFailure(ExtractHandler.describe(input.file()) + ": " + e.getMessage(), false);
        }
    }
}
