package dev.sluice.coordinator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.record.Workbook;
import dev.sluice.coordinator.view.DataView;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** {@code /api/v1/workbooks/{id}} and {@code /api/v1/sheets/{id}/records}: the data jobs read and write. */
final class DataRoutes {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    private final DataView data;

    DataRoutes(DataView data) {
        this.data = data;
    }

    void register(Javalin app) {
        app.get("/api/v1/workbooks/{id}", this::workbook);
        app.get("/api/v1/sheets/{id}/records", this::records);
    }

    private void workbook(Context ctx) {
        String id = ctx.pathParam("id");
        Workbook workbook = data.workbook(id).orElseThrow(() -> ApiError.notFound("workbook " + id));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", workbook.id());
        out.put("name", workbook.name());
        out.put("status", workbook.status());
        out.put("jobId", workbook.jobId());
        out.put("createdAt", workbook.createdAt().toString());
        ArrayNode sheets = out.putArray("sheets");
        for (Workbook.Sheet sheet : workbook.sheets()) {
            ObjectNode node = sheets.addObject();
            node.put("id", sheet.id());
            node.put("name", sheet.name());
            node.set("fields", Json.MAPPER.valueToTree(sheet.fields()));
            node.put("recordCount", sheet.recordCount());
        }
        Responses.json(ctx, 200, out);
    }

    private void records(Context ctx) {
        String sheetId = ctx.pathParam("id");
        data.sheet(sheetId).orElseThrow(() -> ApiError.notFound("sheet " + sheetId));
        int limit = PageLimit.read(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        DataView.RecordPage page = data.records(sheetId, ctx.queryParam("cursor"), limit);
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode items = out.putArray("items");
        for (SheetRecord record : page.items()) {
            ObjectNode node = items.addObject();
            node.put("id", record.id());
            node.put("row", record.row());
            // As a POJO, not a tree: a tree would strip a decimal's trailing zeros (1.50 would show as 1.5).
            node.putPOJO("values", record.values());
            node.put("valid", record.valid());
            node.set("messages", Json.MAPPER.valueToTree(record.messages()));
        }
        out.put("nextCursor", page.nextCursor());
        Responses.json(ctx, 200, out);
    }
}
