package dev.sluice.common.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A workbook: sheets of records that jobs read and write.
 *
 * @param status {@code extracting} while the job that writes it runs, then {@code ready} or {@code failed}
 * @param jobId  the job that wrote it
 */
public record Workbook(String id, String name, String status, String jobId, Instant createdAt, List<Sheet> sheets) {

    public static final String EXTRACTING = "extracting";
    public static final String READY = "ready";
    public static final String FAILED = "failed";

    public Workbook {
        sheets = List.copyOf(sheets);
    }

    /**
     * One sheet.
     *
     * @param fields      field names, in column order
     * @param recordCount records it holds
     * @param segments    where its records are on the records topic, in row order (internal)
     * @param schema      the sheet's definition as {@code POST /api/v1/workbooks} took it (fields with types,
     *                    rules), carried along by the jobs that write from it; null for a sheet without one
     */
    public record Sheet(String id, String name, List<String> fields, long recordCount, List<Segment> segments,
                        Map<String, Object> schema) {
        public Sheet {
            fields = List.copyOf(fields);
            segments = segments == null ? List.of() : List.copyOf(segments);
        }

        public Sheet(String id, String name, List<String> fields, long recordCount, List<Segment> segments) {
            this(id, name, fields, recordCount, segments, null);
        }
    }
}
