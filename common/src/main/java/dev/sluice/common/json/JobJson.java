package dev.sluice.common.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.job.Batches;
import dev.sluice.common.job.JobState;
import java.time.Instant;

/** A job as the API and the events topic show it: the guide's fields, flat. */
public final class JobJson {

    private JobJson() {
    }

    public static ObjectNode of(JobState job) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", job.id());
        out.put("type", job.spec().type().wireName());
        out.put("operation", job.spec().operation());
        out.put("source", job.spec().source());
        out.set("config", Json.MAPPER.valueToTree(job.spec().config()));
        out.set("options", Json.MAPPER.valueToTree(job.spec().options()));
        out.put("status", job.status().wireName());
        out.put("progress", job.progress());
        out.put("recordsProcessed", job.recordsProcessed());
        out.put("errorCount", job.errorCount());
        out.putNull("currentStage");
        out.put("error", job.error());
        out.put("errorCode", job.errorCode());
        out.put("blockedBy", job.blockedBy());
        out.put("retryAttempts", job.retryAttempts());
        out.put("batchRetries", job.batchRetries());
        out.put("parentId", job.parentId());
        out.put("createdAt", text(job.createdAt()));
        out.put("startedAt", text(job.startedAt()));
        out.put("completedAt", text(job.completedAt()));
        out.put("duration", job.duration());
        out.put("pool", job.pool());
        out.put("priority", job.spec().execution().priority().wireName());
        out.put("idempotencyKey", job.spec().idempotencyKey());
        out.set("batches", batches(job.batches()));
        out.set("output", job.batches() == null ? Json.MAPPER.createObjectNode()
                : Json.MAPPER.valueToTree(job.batches().plan().outputs()));
        return out;
    }

    private static ObjectNode batches(Batches batches) {
        if (batches == null) {
            return null;
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("total", batches.plan().totalBatches());
        out.put("done", batches.done());
        out.put("inFlight", batches.inFlight().size());
        out.put("waitingRetry", batches.retry().size());
        out.put("failed", batches.given().size());
        Instant nextRetry = batches.nextRetryAt();
        if (nextRetry != null) {
            out.put("nextRetryAt", nextRetry.toString());
        }
        out.put("batchSize", batches.plan().batchSize());
        if (batches.plan().totalRecords() >= 0) {
            out.put("totalRecords", batches.plan().totalRecords());
        }
        return out;
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
