package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;

/**
 * Operation {@code extract}: reads one batch of a stored file into records of a workbook's sheets. The
 * coordinator's planner chose the file's format and cut the file; the batch input's {@code fileType}
 * says which reader runs: {@link CsvExtraction} (a byte range of a CSV file; the default, for inputs
 * that do not say), {@link XlsxExtraction} (one or more sheets of an xlsx workbook) or
 * {@link JsonExtraction} (a JSON array, or a range of NDJSON lines).
 */
public final class ExtractHandler implements BatchHandler {

    public static final String OPERATION = "extract";

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        Object type = batch.input().getOrDefault("fileType", "csv");
        return switch (String.valueOf(type)) {
            case "csv" -> CsvExtraction.run(batch, context);
            case "xlsx" -> XlsxExtraction.run(batch, context);
            case "json" -> JsonExtraction.run(batch, context);
            default -> throw new BatchFailure("input.fileType is " + type + ", not csv, xlsx or json", false);
        };
    }

    static String describe(FileMeta file) {
        return "file " + file.id() + " (" + file.name() + ")";
    }
}
