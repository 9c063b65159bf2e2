package dev.sluice.common.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.job.Batches;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.JobType;
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
        if (job.spec().destination() != null) {
            out.put("destination", job.spec().destination());
        }
        out.set("config", Json.MAPPER.valueToTree(job.spec().config()));
        out.set("options", Json.MAPPER.valueToTree(job.spec().options()));
        out.put("status", job.status().wireName());
        out.put("progress", job.progress());
        out.put("recordsProcessed", job.recordsProcessed());
        out.put("errorCount", job.errorCount());
        out.set("currentStage", currentStage(job));
        out.put("error", job.error());
        out.put("errorCode", job.errorCode());
        out.put("blockedBy", blockedBy(job));
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
        out.set("batches", job.spec().type() == JobType.PIPELINE ? null : batches(job.batches()));
        if (job.gate() != null && job.gate().runAt() != null) {
            out.put("scheduledFor", job.gate().runAt().toString());
        }
        if (job.gate() != null && !job.gate().waitingFor().isEmpty()) {
            out.set("waitingFor", Json.MAPPER.valueToTree(job.gate().waitingFor()));
        }
        if (job.recurrence() != null) {
            out.set("schedule", schedule(job));
        }
        if (job.spec().type() == JobType.PIPELINE) {
            out.set("stages", stages(job));
        }
        out.set("output", job.batches() == null ? Json.MAPPER.createObjectNode()
                : Json.MAPPER.valueToTree(job.batches().plan().outputs()));
        return out;
    }

    /** Why a job that is not running waits: the state's reason, else its time or its dependencies. */
    private static String blockedBy(JobState job) {
        if (job.blockedBy() != null || job.gate() == null) {
            return job.blockedBy();
        }
        if (job.status() == JobStatus.WAITING) {
            return "waiting for jobs " + String.join(", ", job.gate().waitingFor()) + " to complete";
        }
        if (job.status() == JobStatus.SCHEDULED && job.recurrence() == null) {
            return "scheduled for " + job.gate().runAt();
        }
        return null;
    }

    /** The running stages of a pipeline: {@code {name, names, jobIds}}, or null when none runs. */
    private static ObjectNode currentStage(JobState job) {
        ArrayNode names = Json.MAPPER.createArrayNode();
        ArrayNode ids = Json.MAPPER.createArrayNode();
        job.stages().forEach((name, run) -> {
            if (!run.status().terminal()) {
                names.add(name);
                ids.add(run.jobId());
            }
        });
        if (names.isEmpty()) {
            return null;
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("name", names.get(0).asText());
        out.set("names", names);
        out.set("jobIds", ids);
        return out;
    }

    private static ObjectNode schedule(JobState job) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("cron", job.spec().start().cron());
        out.put("timezone", job.spec().start().timezone());
        out.put("missedFirings", job.spec().start().missed().wireName());
        out.put("paused", job.recurrence().paused());
        out.put("runs", job.recurrence().runs());
        out.put("lastFiredAt", text(job.recurrence().lastFired()));
        out.put("nextRunAt", job.recurrence().paused() ? null : text(job.recurrence().nextRunAt()));
        return out;
    }

    private static ObjectNode stages(JobState job) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        job.stages().forEach((name, run) -> {
            ObjectNode stage = out.putObject(name);
            stage.put("jobId", run.jobId());
            stage.put("status", run.status() == JobStatus.QUEUED ? "running" : run.status().wireName());
            stage.put("source", run.source());
        });
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
