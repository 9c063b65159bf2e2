package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
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
 * out as invalid, and the file's {@code size} in bytes. A batch that writes one part of a file in
 * parts (input {@code part}: json or csv, several batches at once, each over a run of the sheet's
 * segments) writes the elements or rows of its records alone (the first part the CSV header too),
 * stores them without a meta, and adds the {@code part} and the {@code partFile} (its bytes
 * described as a file: size, checksum, chunks) to the output, from which the coordinator joins the file.
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
        boolean part = input.part() != null;
        try (FileOutput file = part ? data.createFilePart(input.fileId(), input.fileName())
                : data.createFile(input.fileId(), input.fileName())) {
            ExportWriter writer = switch (input.format()) {
                case ExportInput.CSV -> new CsvExport(file, input.fields(), input.includeMetadata(),
                        !part || input.part() == 0);
                case ExportInput.XLSX -> new XlsxExport(file, sheetName(input.fileName()), input.fields(),
                        input.includeMetadata());
                default -> new JsonExport(file, input.fields(), input.includeMetadata(), part);
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
            if (part) {
                output.put("part", input.part());
                output.put("partFile", Json.convert(meta, Map.class));
            }
            return new BatchResult(copy.written(), 0, output);
        }
    }
}
