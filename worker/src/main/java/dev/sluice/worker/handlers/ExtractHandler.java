package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.RecordWriter;
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
 * Operation {@code extract}: parses one byte range of a stored CSV file into records of a sheet.
 * The coordinator's planner cuts the file on record boundaries and gives each batch an
 * {@link ExtractInput}. Every data row becomes a record, row {@code fileRow - dataRowOffset}, so
 * rows count from 0 across all ranges; a ragged row is kept with an error message (see
 * {@link RowRecords}) and counts as an error. Bytes that are not CSV in the job's encoding fail the
 * batch for good, with the parser's message naming the row and byte. The output holds the
 * {@code segment} where the records went and the {@code rows} written, and the {@code fields} the
 * batch read from the header when the input had none.
 */
public final class ExtractHandler implements BatchHandler {

    public static final String OPERATION = "extract";

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        ExtractInput input = Inputs.convert(batch.input(), ExtractInput.class, OPERATION).validated();
        CsvFormat format = format(input);
        RecordWriter writer = context.data().writeRecords();
        Map<String, Object> output = new LinkedHashMap<>();
        RangeCopy copy;
        try (InputStream bytes = context.data().openFile(input.file(), input.range().start(), input.range().end());
             CsvRangeParser parser = open(bytes, format, input)) {
            var fields = input.fields() != null ? input.fields() : parser.header().names();
            if (input.fields() == null) {
                output.put("fields", fields);
            }
            copy = new RangeCopy(new RowRecords(input.sheetId(), fields, input.dataRowOffset()), writer, context);
            copy.run(parser);
        } catch (CsvFormatException e) {
            throw new BatchFailure(describe(input) + " cannot be extracted: " + e.getMessage(), false);
        }
        Segment segment = writer.finish();
        output.put("segment", Json.convert(segment, Map.class));
        output.put("rows", copy.rows());
        return new BatchResult(copy.rows(), copy.errors(), output, copy.failed());
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
            throw new BatchFailure(describe(input) + ": " + e.getMessage(), false);
        }
    }

    private static String describe(ExtractInput input) {
        return "file " + input.file().id() + " (" + input.file().name() + ")";
    }
}
