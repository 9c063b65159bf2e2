package dev.sluice.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.JobStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a job that the CLI shows, read from the API's JSON. Unknown numbers are -1, unknown
 * text and times null, so a newer or older coordinator never makes the CLI fail to display a job.
 *
 * @param status           the wire name, such as {@code running}; kept as text so a status this CLI
 *                         does not know still shows
 * @param totalRecords     records the job will process, -1 when not known up front
 * @param batchesTotal     batches the job was cut into, -1 before it is queued
 * @param durationMs       run time in ms once terminal, else -1
 */
public record JobSnapshot(String id, String type, String operation, String status, int progress,
                          long recordsProcessed, long totalRecords, int batchesDone, int batchesTotal,
                          long errorCount, String error, String blockedBy, String pool, String priority,
                          Instant createdAt, Instant startedAt, Instant completedAt, long durationMs) {

    public static JobSnapshot of(JsonNode job) {
        JsonNode batches = job.path("batches");
        return new JobSnapshot(
                text(job, "id"), text(job, "type"), text(job, "operation"), text(job, "status"),
                job.path("progress").asInt(0), job.path("recordsProcessed").asLong(0),
                batches.path("totalRecords").asLong(-1), batches.path("done").asInt(-1),
                batches.path("total").asInt(-1), job.path("errorCount").asLong(0),
                text(job, "error"), text(job, "blockedBy"), text(job, "pool"), text(job, "priority"),
                time(job, "createdAt"), time(job, "startedAt"), time(job, "completedAt"),
                job.path("duration").asLong(-1));
    }

    /** The status as the job model knows it, or empty for a name this CLI does not know. */
    public Optional<JobStatus> knownStatus() {
        return Arrays.stream(JobStatus.values()).filter(s -> s.wireName().equals(status)).findFirst();
    }

    /** True once the job has completed, failed or been canceled: nothing changes it after that. */
    public boolean terminal() {
        return knownStatus().map(JobStatus::terminal).orElse(false);
    }

    public boolean completed() {
        return knownStatus().orElse(null) == JobStatus.COMPLETED;
    }

    private static String text(JsonNode job, String field) {
        JsonNode value = job.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static Instant time(JsonNode job, String field) {
        String value = text(job, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
