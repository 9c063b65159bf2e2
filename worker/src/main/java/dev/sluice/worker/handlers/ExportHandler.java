package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.common.spi.FileOutput;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Operation {@code export}: streams a sheet's records into a new stored file, as a JSON array
 * ({@link JsonExport}), CSV ({@link CsvExport}) or XLSX ({@link XlsxExport}), optionally with each record's metadata and
 * without the invalid ones. Memory holds one record and one file chunk whatever the sheet's size.
 * The output names the {@code fileId}, the {@code records} written, the records {@code filtered}
 * out as invalid, and the file's {@code size} in bytes.
 */
public final class ExportHandler implements BatchHandler {

    public static final String OPERATION = "export";

    @Override
    public String operation() {
        return OPERATION;
    }

    private static String sheetName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        ExportInput input = Inputs.convert(batch.input(), ExportInput.class, OPERATION).validated();
        DataAccess data = context.data();
        try (FileOutput file = data.createFile(input.fileId(), input.fileName())) {
            ExportWriter writer = switch (input.format()) {
                case ExportInput.CSV -> new CsvExport(file, input.fields(), input.includeMetadata());
                case ExportInput.XLSX -> new XlsxExport(file, sheetName(input.fileName()), input.fields(),
                        input.includeMetadata());
                default -> new JsonExport(file, input.fields(), input.includeMetadata());
            };
            var copy = new ExportCopy(writer, input.filterInvalidRecords(), context);
            writer.begin();
            try {
                data.readRecords(input.sheetId(), input.segments(), copy);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.end();
            FileMeta meta = file.finish();
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("fileId", meta.id());
            output.put("records", copy.written());
            output.put("filtered", copy.filtered());
            output.put("size", meta.size());
            return new BatchResult(copy.written(), 0, output);
        }
    }
}
