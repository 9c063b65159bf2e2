package dev.sluice.coordinator.streams;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one batch reports about one sheet it wrote. A batch output describes one sheet
 * ({@code segment}, and optionally {@code sheetId}, {@code sheetName}, {@code sheetIndex},
 * {@code fields}) or several, as a list under {@code sheets}; what it leaves out comes from the plan's
 * outputs ({@code sheetId}, {@code sheetName}) or is tab position 0.
 *
 * @param fields the field names the batch read, in its order; null when the plan knew them
 * @param segment where its records went; null or empty when it wrote none
 */
record SheetReport(String sheetId, String sheetName, int index, List<String> fields, Segment segment) {

    static final String SHEETS = "sheets";

    @SuppressWarnings("unchecked")
    static List<SheetReport> of(Map<String, Object> output, Map<String, Object> planOutputs) {
        List<SheetReport> reports = new ArrayList<>();
        if (output.get(SHEETS) instanceof List<?> sheets) {
            sheets.forEach(sheet -> one((Map<String, Object>) sheet, planOutputs, reports));
        } else {
            one(output, planOutputs, reports);
        }
        return reports;
    }

    @SuppressWarnings("unchecked")
    private static void one(Map<String, Object> sheet, Map<String, Object> planOutputs, List<SheetReport> reports) {
        String id = (String) sheet.getOrDefault("sheetId", planOutputs.get("sheetId"));
        if (id == null) {
            return;
        }
        Segment segment = sheet.get("segment") == null ? null : Json.convert(sheet.get("segment"), Segment.class);
        String name = (String) sheet.getOrDefault("sheetName", planOutputs.get("sheetName"));
        int index = sheet.get("sheetIndex") instanceof Number n ? n.intValue() : 0;
        reports.add(new SheetReport(id, name, index, (List<String>) sheet.get("fields"), segment));
    }
}
