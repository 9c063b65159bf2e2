package dev.sluice.coordinator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.error.RecordError;
import dev.sluice.common.json.Json;
import dev.sluice.coordinator.view.Artifacts;
import dev.sluice.coordinator.view.ErrorView;
import dev.sluice.coordinator.view.FailurePages;
import dev.sluice.coordinator.view.JobView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * What went wrong in a job, and what it left: {@code /errors}, {@code /failed-records} (both paged
 * by cursor) and {@code /artifacts}.
 */
final class FailureRoutes {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final JobView jobs;
    private final FailurePages pages;
    private final Artifacts artifacts;

    FailureRoutes(JobView jobs, FailurePages pages, Artifacts artifacts) {
        this.jobs = jobs;
        this.pages = pages;
        this.artifacts = artifacts;
    }

    void register(Javalin app) {
        app.get("/api/v1/jobs/{id}/errors", this::errors);
        app.get("/api/v1/jobs/{id}/failed-records", this::failedRecords);
        app.get("/api/v1/jobs/{id}/artifacts", this::artifacts);
        app.get("/api/v1/jobs/{id}/artifacts/{name}", this::artifact);
    }

    private void errors(Context ctx) {
        ObjectNode job = job(ctx);
        String cursor = ctx.queryParam("cursor");
        FailurePages.Page<ErrorView.Entry> page = page(() -> pages.errors(Artifacts.chain(job), cursor,
                PageLimit.read(ctx, DEFAULT_LIMIT, MAX_LIMIT)));
        ArrayNode items = Json.MAPPER.createArrayNode();
        if (cursor == null && job.hasNonNull("error") && "failed".equals(job.path("status").asText())) {
            items.addObject().put("stage", job.get("operation").asText()).put("code", job.path("errorCode").asText(null))
                    .put("message", job.get("error").asText()).putNull("recordId").putNull("field");
        }
        for (ErrorView.Entry entry : page.items()) {
            RecordError error = entry.error();
            items.addObject().put("stage", entry.stage()).put("code", error.code()).put("message", error.message())
                    .put("recordId", error.recordId()).put("field", error.field()).put("row", error.row())
                    .put("batch", entry.batch());
        }
        Responses.json(ctx, 200, list(items, page.nextCursor()));
    }

    private void failedRecords(Context ctx) {
        ObjectNode job = job(ctx);
        FailurePages.Page<FailurePages.FailedRecord> page = page(() -> pages.failedRecords(Artifacts.chain(job),
                ctx.queryParam("cursor"), PageLimit.read(ctx, DEFAULT_LIMIT, MAX_LIMIT)));
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (FailurePages.FailedRecord record : page.items()) {
            ObjectNode item = items.addObject().put("id", record.id()).put("row", record.row())
                    .put("batch", record.batch()).put("stage", record.stage());
            item.set("values", Json.MAPPER.valueToTree(record.values()));
            ArrayNode messages = item.putArray("messages");
            for (RecordError error : record.errors()) {
                messages.addObject().put("field", error.field()).put("code", error.code()).put("message", error.message());
            }
        }
        Responses.json(ctx, 200, list(items, page.nextCursor()));
    }

    private void artifacts(Context ctx) {
        Responses.json(ctx, 200, Json.MAPPER.valueToTree(artifacts.list(job(ctx))));
    }

    private void artifact(Context ctx) throws IOException {
        ObjectNode job = job(ctx);
        String name = ctx.pathParam("name");
        Optional<Artifacts.Download> download = artifacts.open(job, name);
        if (download.isEmpty()) {
            Artifacts.Artifact exported = artifacts.export(job).filter(a -> a.name().equals(name))
                    .orElseThrow(() -> ApiError.notFound("artifact '" + name + "' of job " + job.get("id").asText()));
            ctx.redirect(exported.downloadUrl());
            return;
        }
        ctx.contentType(download.get().contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        OutputStream out = ctx.outputStream();
        download.get().writing().to(out);
        out.flush();
    }

    private ObjectNode job(Context ctx) {
        String id = ctx.pathParam("id");
        return jobs.get(id).orElseThrow(() -> ApiError.notFound("job " + id));
    }

    private static <T> T page(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("cursor", e.getMessage());
        }
    }

    private static JsonNode list(ArrayNode items, String nextCursor) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("items", items);
        out.put("nextCursor", nextCursor);
        return out;
    }
}
