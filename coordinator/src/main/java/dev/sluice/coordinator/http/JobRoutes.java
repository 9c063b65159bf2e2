package dev.sluice.coordinator.http;

import dev.sluice.coordinator.decide.RetryIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.json.Json;
import dev.sluice.common.json.MalformedJsonException;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.request.RequestParser;
import dev.sluice.coordinator.intake.JobIds;
import dev.sluice.coordinator.intake.RequestDecoder;
import dev.sluice.coordinator.plan.LookupContext;
import dev.sluice.coordinator.streams.WorkbookOutputs;
import dev.sluice.coordinator.view.JobFilter;
import dev.sluice.coordinator.view.JobView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/** {@code /api/v1/jobs}: create, read, list, cancel, retry, result. */
final class JobRoutes {

    private final RequestDecoder decoder;
    private final LookupContext lookups;
    private final RequestSender sender;
    private final JobView view;
    private final JobWaiter waiter;
    private final Clock clock;

    JobRoutes(RequestDecoder decoder, LookupContext lookups, RequestSender sender, JobView view, JobWaiter waiter,
              Clock clock) {
        this.decoder = decoder;
        this.lookups = lookups;
        this.sender = sender;
        this.view = view;
        this.waiter = waiter;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.post("/api/v1/jobs", this::create);
        app.get("/api/v1/jobs", this::list);
        app.get("/api/v1/jobs/{id}", ctx -> Responses.json(ctx, 200, withLiveProgress(job(ctx.pathParam("id")))));
        app.post("/api/v1/jobs/{id}/cancel", this::cancel);
        app.post("/api/v1/jobs/{id}/retry", this::retry);
        app.get("/api/v1/jobs/{id}/result", this::result);
    }

    private void create(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        String id;
        try {
            JobSpec spec = RequestParser.parse(Json.tree(body), clock.instant());
            id = spec.idempotencyKey() != null ? JobIds.forIdempotencyKey(spec.idempotencyKey()) : JobIds.fresh(clock.instant());
            decoder.create(id, spec, lookups);
        } catch (MalformedJsonException e) {
            throw ApiError.badRequest(null, e.getMessage());
        } catch (InvalidRequestException e) {
            throw ApiError.badRequest(e.field(), e.getMessage());
        }
        Optional<ObjectNode> existing = view.get(id);
        if (existing.isPresent()) {
            Responses.json(ctx, 200, existing.get());
            return;
        }
        Optional<ObjectNode> created = waiter.after(id, () -> sender.send(id, body),
                job -> !JobStatus.CREATED.wireName().equals(job.path("status").asText()));
        if (created.isPresent()) {
            Responses.json(ctx, 201, created.get());
        } else {
            ObjectNode accepted = Json.MAPPER.createObjectNode().put("id", id).put("status", "accepted")
                    .put("message", "the request is on the requests topic; the coordinator has not confirmed it yet");
            Responses.json(ctx, 202, accepted);
        }
    }

    private void list(Context ctx) {
        int size = PageLimit.read(ctx, JobFilter.DEFAULT_LIMIT, JobFilter.MAX_LIMIT);
        String status = ctx.queryParam("status");
        if (status != null && !isStatus(status)) {
            throw ApiError.badRequest("status", "unknown status '" + status + "'");
        }
        JobView.Page page = view.list(new JobFilter(status, ctx.queryParam("type"), ctx.queryParam("operation"),
                ctx.queryParam("parentId"), size, ctx.queryParam("cursor")));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("items", Json.MAPPER.valueToTree(page.items()));
        out.put("nextCursor", page.nextCursor());
        Responses.json(ctx, 200, out);
    }

    private void cancel(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode job = job(id);
        if (terminal(job)) {
            throw ApiError.conflict("already_finished", "job " + id + " is " + job.get("status").asText() + " and cannot be canceled");
        }
        byte[] command = "{\"action\":\"cancel\",\"reason\":\"canceled through the API\"}".getBytes(StandardCharsets.UTF_8);
        Optional<ObjectNode> after = waiter.after(id, () -> sender.send(id, command), JobRoutes::terminal);
        Responses.json(ctx, 202, after.orElse(job));
    }

    /**
     * Retries a failed or canceled job as a new job linked to it ({@code parentId}), which runs
     * only the batches that did not finish. Asking again gives the same retry.
     */
    private void retry(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode job = job(id);
        String status = job.get("status").asText();
        if (!status.equals(JobStatus.FAILED.wireName()) && !status.equals(JobStatus.CANCELED.wireName())) {
            throw ApiError.conflict("not_retryable", "job " + id + " is " + status
                    + "; only a failed or canceled job can be retried");
        }
        if ("pipeline".equals(job.path("type").asText())) {
            throw ApiError.conflict("not_retryable", "job " + id + " is a pipeline; retry its failed stage (GET "
                    + "/api/v1/jobs?parentId=" + id + "), or set options.failureStrategy to retry");
        }
        String retryId = RetryIds.next(id, job.path("retryAttempts").asInt());
        Optional<ObjectNode> existing = view.get(retryId);
        if (existing.isPresent()) {
            Responses.json(ctx, 200, existing.get());
            return;
        }
        byte[] command = "{\"action\":\"retry\"}".getBytes(StandardCharsets.UTF_8);
        Optional<ObjectNode> started = waiter.after(retryId, () -> sender.send(id, command),
                retry -> !JobStatus.CREATED.wireName().equals(retry.path("status").asText()));
        if (started.isPresent()) {
            Responses.json(ctx, 201, started.get());
        } else {
            Responses.json(ctx, 202, Json.MAPPER.createObjectNode().put("id", retryId).put("status", "accepted")
                    .put("message", "the retry is on its way; the coordinator has not confirmed it yet"));
        }
    }

    private void result(Context ctx) {
        ObjectNode job = job(ctx.pathParam("id"));
        if (!terminal(job)) {
            throw ApiError.conflict("not_finished", "job " + job.get("id").asText() + " is " + job.get("status").asText()
                    + "; its result exists once it has finished");
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("jobId", job.get("id").asText());
        out.put("status", job.get("status").asText());
        out.set("recordCount", job.get("recordsProcessed"));
        out.set("errorCount", job.get("errorCount"));
        out.set("duration", job.get("duration"));
        out.set("error", job.get("error"));
        ObjectNode data = job.path("output").isObject() ? ((ObjectNode) job.get("output")).deepCopy()
                : Json.MAPPER.createObjectNode();
        JsonNode fileUrl = data.remove("fileUrl");
        data.remove(WorkbookOutputs.WRITES_WORKBOOK);
        out.set("data", data.isEmpty() ? null : data);
        out.set("fileUrl", fileUrl);
        Responses.json(ctx, 200, out);
    }

    /**
     * A running pipeline's progress weighs each stage equally, counting its running stages' own
     * progress as they report it (the stored figure counts completed stages only).
     */
    private ObjectNode withLiveProgress(ObjectNode job) {
        if (!"pipeline".equals(job.path("type").asText()) || !job.path("currentStage").isObject()) {
            return job;
        }
        int total = job.path("config").path("stages").size();
        double sum = 0;
        for (JsonNode stage : job.path("stages")) {
            String status = stage.path("status").asText();
            if ("completed".equals(status)) {
                sum += 100;
            } else if ("running".equals(status)) {
                sum += view.get(stage.path("jobId").asText()).map(child -> child.path("progress").asInt()).orElse(0);
            }
        }
        return total == 0 ? job : job.put("progress", (int) (sum / total));
    }

    private ObjectNode job(String id) {
        return view.get(id).orElseThrow(() -> ApiError.notFound("job " + id));
    }

    private static boolean terminal(JsonNode job) {
        return isStatus(job.path("status").asText()) && JobStatus.fromWire(job.path("status").asText()).terminal();
    }

    private static boolean isStatus(String name) {
        for (JobStatus status : JobStatus.values()) {
            if (status.wireName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
