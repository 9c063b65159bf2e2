package dev.sluice.coordinator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.record.Workbook;
import dev.sluice.coordinator.view.DataView;
import dev.sluice.common.json.MalformedJsonException;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.coordinator.schema.SchemaWorkbooks;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code /api/v1/workbooks} (create a schema workbook), {@code /api/v1/workbooks/{id}} and
 * {@code /api/v1/sheets/{id}/records}: the data jobs read and write.
 */
final class DataRoutes {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private final DataView data;
    private final RequestSender sender;
    private final String workbooksTopic;
    private final Clock clock;

    DataRoutes(DataView data, RequestSender sender, String workbooksTopic, Clock clock) {
        this.data = data;
        this.sender = sender;
        this.workbooksTopic = workbooksTopic;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.post("/api/v1/workbooks", this::create);
        app.get("/api/v1/workbooks/{id}", this::workbook);
        app.get("/api/v1/sheets/{id}/records", this::records);
    }

    /** Stores a schema workbook and answers once reads see it, so a job naming it next finds it. */
    private void create(Context ctx) {
        Workbook workbook;
        try {
            Instant now = clock.instant();
            workbook = SchemaWorkbooks.create(Json.tree(ctx.bodyAsBytes()), SchemaWorkbooks.freshId(now), now);
        } catch (MalformedJsonException e) {
            throw ApiError.badRequest(null, e.getMessage());
        } catch (InvalidRequestException e) {
            throw ApiError.badRequest(e.field(), e.getMessage());
        }
        sender.send(workbooksTopic, workbook.id(), Json.bytes(workbook));
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        while (data.workbook(workbook.id()).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new ApiError(503, "unavailable", "workbook " + workbook.id()
                        + " was stored but is not readable yet; read it again in a moment", null);
            }
            LockSupport.parkNanos(2_000_000);
        }
        Responses.json(ctx, 201, render(workbook));
    }

    private void workbook(Context ctx) {
        String id = ctx.pathParam("id");
        Workbook workbook = data.workbook(id).orElseThrow(() -> ApiError.notFound("workbook " + id));
        Responses.json(ctx, 200, render(workbook));
    }

    private static ObjectNode render(Workbook workbook) {
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
            if (sheet.schema() != null) {
                node.set("schema", Json.MAPPER.valueToTree(sheet.schema()));
            }
        }
        return out;
    }

    private void records(Context ctx) {
        String sheetId = ctx.pathParam("id");
        Workbook.Sheet sheet = data.sheet(sheetId).orElseThrow(() -> ApiError.notFound("sheet " + sheetId));
        int limit = PageLimit.read(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        DataView.RecordPage page = data.records(sheet, ctx.queryParam("cursor"), limit);
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
