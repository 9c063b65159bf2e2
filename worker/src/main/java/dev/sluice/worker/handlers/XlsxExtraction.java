package dev.sluice.worker.handlers;

import dev.sluice.common.error.RecordError;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.formats.xlsx.XlsxFormatException;
import dev.sluice.formats.xlsx.XlsxLimits;
import dev.sluice.formats.xlsx.XlsxRow;
import dev.sluice.formats.xlsx.XlsxSheet;
import dev.sluice.formats.xlsx.XlsxSheetReader;
import dev.sluice.formats.xlsx.XlsxWorkbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts sheets of an xlsx workbook (an {@link XlsxInput}): the sheet at the batch's tab position,
 * and for the plan's last batch every sheet after it. The stored file is copied to a temporary file
 * (the reader seeks in the zip), checked against the zip-bomb limits ({@link XlsxLimits#DEFAULTS}),
 * and each sheet streamed row by row: memory holds a row, never a sheet.
 *
 * <p>Each sheet becomes a sheet of the workbook, its fields from its header row (or {@code column_n}
 * without headers), each row with a value a record, numbered from 0 without gaps. Cells are rendered
 * as text ({@link XlsxRow#texts()}): numbers in plain digits as stored, dates as ISO-8601, booleans
 * {@code true}/{@code false}, an empty cell null. A row with values right of the last field keeps them
 * as {@code column_N} and is invalid, as a ragged CSV row is. A file that is not a workbook, or passes a
 * limit, fails the batch for good with the reader's message. The output lists, under {@code sheets},
 * each sheet's {@code sheetId}, {@code sheetName}, {@code sheetIndex}, {@code fields}, {@code segment}
 * and {@code rows}.
 */
final class XlsxExtraction {

    private XlsxExtraction() {
    }

    static BatchResult run(Batch batch, BatchContext context) throws Exception {
        XlsxInput input = Inputs.convert(batch.input(), XlsxInput.class, ExtractHandler.OPERATION).validated();
        List<Map<String, Object>> sheets = new ArrayList<>();
        List<RecordError> failed = new ArrayList<>();
        long rows = 0;
        long errors = 0;
        try (TempCopy copy = TempCopy.of(context.data(), input.file(), XlsxLimits.DEFAULTS.maxUncompressedBytes(), ".xlsx");
             XlsxWorkbook workbook = XlsxWorkbook.open(copy.path(), XlsxLimits.DEFAULTS)) {
            List<XlsxSheet> all = workbook.sheets();
            int end = input.andLaterSheets() ? all.size() : Math.min(all.size(), input.sheetIndex() + 1);
            for (int index = input.sheetIndex(); index < end; index++) {
                RecordSink sink = new RecordSink(context);
                sheets.add(sheet(workbook, all.get(index), index, input, sink));
                rows += sink.rows();
                errors += sink.errors();
                failed.addAll(sink.failed());
            }
        } catch (XlsxFormatException e) {
            throw new BatchFailure(ExtractHandler.describe(input.file()) + " cannot be extracted: " + e.getMessage(), false);
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("sheets", sheets);
        output.put("rows", rows);
        return new BatchResult(rows, errors, output, failed);
    }

    private static Map<String, Object> sheet(XlsxWorkbook workbook, XlsxSheet sheet, int index, XlsxInput input,
                                             RecordSink sink) throws Exception {
        String sheetId = input.sheetId(index);
        List<String> fields;
        try (XlsxSheetReader reader = workbook.read(sheet, input.readsHeaders())) {
            fields = reader.fields();
            RowRecords records = new RowRecords(sheetId, fields, 0);
            long row = 0;
            for (XlsxRow next = reader.next(); next != null; next = reader.next()) {
                sink.write(records.of(row++, next.texts(), "row " + (next.rowIndex() + 1) + " of sheet \"" + sheet.name() + "\""));
            }
        }
        Segment segment = sink.finish();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sheetId", sheetId);
        out.put("sheetName", sheet.name());
        out.put("sheetIndex", index);
        out.put("fields", fields);
        out.put("segment", Json.convert(segment, Map.class));
        out.put("rows", sink.rows());
        return out;
    }
}
