package dev.sluice.coordinator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.schedule.CronExpression;
import dev.sluice.common.schedule.CronSchedule;
import dev.sluice.common.schedule.Firing;
import dev.sluice.coordinator.view.JobFilter;
import dev.sluice.coordinator.view.JobView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code /api/v1/schedules}: the recurring schedules (jobs created with {@code recurring: true}),
 * their next firings, and pause, resume and delete. A schedule's id is its job's id; each firing
 * starts a run, a job of its own whose {@code parentId} is the schedule.
 */
final class ScheduleRoutes {

    private static final int MAX_PREVIEW = 100;

    private final JobView view;
    private final RequestSender sender;
    private final JobWaiter waiter;
    private final Clock clock;

    ScheduleRoutes(JobView view, RequestSender sender, JobWaiter waiter, Clock clock) {
        this.view = view;
        this.sender = sender;
        this.waiter = waiter;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.get("/api/v1/schedules", this::list);
        app.get("/api/v1/schedules/{id}", ctx -> Responses.json(ctx, 200, schedule(ctx.pathParam("id"))));
        app.get("/api/v1/schedules/{id}/preview", this::preview);
        app.post("/api/v1/schedules/{id}/pause", ctx -> pause(ctx, true));
        app.post("/api/v1/schedules/{id}/resume", ctx -> pause(ctx, false));
        app.delete("/api/v1/schedules/{id}", this::delete);
    }

    private void list(Context ctx) {
        int limit = PageLimit.read(ctx, JobFilter.DEFAULT_LIMIT, JobFilter.MAX_LIMIT);
        JobView.Page page = view.list(JobFilter.schedules(limit, ctx.queryParam("cursor")));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("items", Json.MAPPER.valueToTree(page.items()));
        out.put("nextCursor", page.nextCursor());
        Responses.json(ctx, 200, out);
    }

    /** The next {@code count} firings (default 5, at most 100), as instants and as wall times in the schedule's zone. */
    private void preview(Context ctx) {
        ObjectNode job = schedule(ctx.pathParam("id"));
        int count = PageLimit.readNamed(ctx, "count", 5, MAX_PREVIEW);
        JsonNode info = job.get("schedule");
        CronSchedule cron;
        try {
            cron = new CronSchedule(CronExpression.parse(info.get("cron").asText()), ZoneId.of(info.get("timezone").asText()),
                    true);
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("a stored cron no longer parses", e);
        }
        ArrayNode firings = Json.MAPPER.createArrayNode();
        for (Firing firing : cron.preview(clock.instant(), count)) {
            firings.addObject().put("at", firing.instant().toString()).put("wallTime", firing.wallTime().toString());
        }
        ObjectNode out = Json.MAPPER.createObjectNode().put("id", job.get("id").asText())
                .put("cron", info.get("cron").asText()).put("timezone", info.get("timezone").asText());
        out.set("firings", firings);
        Responses.json(ctx, 200, out);
    }

    private void pause(Context ctx, boolean paused) {
        String id = ctx.pathParam("id");
        schedule(id);
        byte[] command = ("{\"action\":\"" + (paused ? "pause" : "resume") + "\"}").getBytes(StandardCharsets.UTF_8);
        Optional<ObjectNode> after = waiter.after(id, () -> sender.send(id, command),
                job -> job.path("schedule").path("paused").asBoolean() == paused);
        Responses.json(ctx, 200, after.orElseGet(() -> schedule(id)));
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id");
        schedule(id);
        byte[] command = "{\"action\":\"cancel\",\"reason\":\"schedule deleted through the API\"}"
                .getBytes(StandardCharsets.UTF_8);
        Optional<ObjectNode> after = waiter.after(id, () -> sender.send(id, command),
                job -> "canceled".equals(job.path("status").asText()));
        Responses.json(ctx, 200, after.orElseGet(() -> schedule(id)));
    }

    private ObjectNode schedule(String id) {
        ObjectNode job = view.get(id).orElseThrow(() -> ApiError.notFound("schedule " + id));
        if (!job.path("schedule").isObject()) {
            throw ApiError.notFound("schedule " + id + " (job " + id + " is not a recurring schedule)");
        }
        if ("canceled".equals(job.path("status").asText())) {
            throw ApiError.notFound("schedule " + id + " (it was deleted)");
        }
        return job;
    }
}
