package dev.sluice.coordinator.intake;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobType;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.common.json.MalformedJsonException;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.request.RequestParser;
import dev.sluice.coordinator.plan.LookupContext;
import dev.sluice.coordinator.plan.Planners;
import dev.sluice.coordinator.pool.PoolCatalog;

/**
 * Decodes a job request, from the topic or from HTTP, into an {@link Intake}. A body with
 * {@code "action": "cancel"} cancels the job named by the message key, one with {@code "action": "retry"}
 * retries it; anything else is a create
 * body as the job guide shows it.
 */
public final class RequestDecoder {

    private final Planners planners;
    private final PoolCatalog pools;

    public RequestDecoder(Planners planners, PoolCatalog pools) {
        this.planners = planners;
        this.pools = pools;
    }

    /** The id a message's job gets: its key when it has one, else one derived from its idempotency key, else null. */
    public static String idFor(String key, byte[] body) {
        if (key != null) {
            return key;
        }
        try {
            JsonNode given = Json.tree(body).get("idempotencyKey");
            return given != null && given.isTextual() && !given.asText().isEmpty()
                    ? JobIds.forIdempotencyKey(given.asText()) : null;
        } catch (MalformedJsonException e) {
            return null;
        }
    }

    /** Decodes a request for job {@code jobId}; planning looks files and workbooks up in {@code context}. */
    public Intake decode(String jobId, byte[] body, LookupContext context, Instant now) {
        if (!JobIds.valid(jobId)) {
            return new Intake.Reject(jobId, "key", "message key '" + jobId + "' is not a valid job id");
        }
        JsonNode tree;
        try {
            tree = Json.tree(body);
        } catch (MalformedJsonException e) {
            return new Intake.Reject(jobId, null, e.getMessage());
        }
        String action = tree.isObject() ? tree.path("action").asText(null) : null;
        if ("cancel".equals(action)) {
            return new Intake.Cancel(jobId, tree.path("reason").asText("canceled by request"));
        }
        if ("retry".equals(action)) {
            return new Intake.Retry(jobId);
        }
        if ("pause".equals(action) || "resume".equals(action)) {
            return new Intake.Pause(jobId, "pause".equals(action));
        }
        if (action != null) {
            return new Intake.Reject(jobId, "action", "unknown action '" + action + "'; use cancel, retry, pause or resume");
        }
        try {
            return create(jobId, RequestParser.parse(tree, now), context);
        } catch (InvalidRequestException e) {
            return new Intake.Reject(jobId, e.field(), e.reason());
        }
    }

    /**
     * Plans and places a parsed request; throws naming the field when no plan or pool fits, or a
     * dependency does not exist. A job that starts later (a schedule, dependencies, a pipeline's
     * stages) is planned when it starts, since what it reads may not exist yet; its plan is null.
     */
    public Intake.Create create(String jobId, JobSpec spec, LookupContext context) throws InvalidRequestException {
        for (String dependency : spec.start().dependencies()) {
            if (dependency.equals(jobId)) {
                throw new InvalidRequestException("options.dependencies", "a job cannot depend on itself");
            }
            if (!context.jobExists(dependency)) {
                throw new InvalidRequestException("options.dependencies", "no job '" + dependency + "'");
            }
        }
        return new Intake.Create(jobId, spec, pools.choose(spec.execution().resources()),
                startsLater(spec) ? null : planOrLater(jobId, spec, context));
    }

    /**
     * The plan, or null when what the job reads is not ready yet (a workbook whose writer just
     * completed, seen a moment early): the job is then planned when it starts, after a short wait.
     */
    private BatchPlan planOrLater(String jobId, JobSpec spec, LookupContext context) throws InvalidRequestException {
        try {
            return planners.plan(spec, context.forJob(jobId));
        } catch (InvalidRequestException e) {
            if (e.notReady()) {
                return null;
            }
            throw e;
        }
    }

    /** Plans a job that starts now; throws naming the field when what it reads is missing or wrong. */
    public BatchPlan plan(String jobId, JobSpec spec, LookupContext context) throws InvalidRequestException {
        return planners.plan(spec, context.forJob(jobId));
    }

    private static boolean startsLater(JobSpec spec) {
        return spec.type() == JobType.PIPELINE || spec.start().runAt() != null || !spec.start().dependencies().isEmpty();
    }

    /** True when {@code body} is a JSON object without an {@code action}: a create request. */
    public static boolean isCreate(byte[] body) {
        try {
            JsonNode tree = Json.tree(body);
            return tree.isObject() && !tree.has("action");
        } catch (MalformedJsonException e) {
            return false;
        }
    }

    public Planners planners() {
        return planners;
    }
}
