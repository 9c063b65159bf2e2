package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.FileMeta;
import dev.sluice.coordinator.plan.OutputIds;
import dev.sluice.coordinator.streams.WorkbookOutputs;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every extract's plan says it writes: a workbook named after the file, from the file, in a format. */
public final class ExtractOutputs {

    private ExtractOutputs() {
    }

    /** A workbook whose sheets the batches report (an xlsx: one per sheet of the file). */
    static Map<String, Object> workbook(String jobId, FileMeta file, ExtractFormat format) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put(WorkbookOutputs.WRITES_WORKBOOK, true);
        outputs.put("workbookId", OutputIds.workbookId(jobId));
        outputs.put(WorkbookOutputs.WORKBOOK_NAME, baseName(file.name()));
        outputs.put("fileId", file.id());
        outputs.put(ExtractFormat.CONFIG_KEY, format.wireName());
        return outputs;
    }

    /** A workbook with one sheet, {@code sh_…}, named after the file (csv, json). */
    public static Map<String, Object> oneSheet(String jobId, FileMeta file, ExtractFormat format) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put(WorkbookOutputs.WRITES_WORKBOOK, true);
        outputs.put("workbookId", OutputIds.workbookId(jobId));
        outputs.put("sheetId", OutputIds.sheetId(jobId));
        outputs.put("sheetName", baseName(file.name()));
        outputs.put("fileId", file.id());
        outputs.put(ExtractFormat.CONFIG_KEY, format.wireName());
        return outputs;
    }

    /** The file's name without its extension. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The meta a worker needs to read the file, without the upload's index, which can be large. */
    public static FileMeta withoutIndex(FileMeta file) {
        return new FileMeta(file.id(), file.name(), file.size(), file.checksum(), file.createdAt(), file.contentType(),
                file.partition(), file.chunkSize(), file.chunkOffsets(), Map.of());
    }
}
