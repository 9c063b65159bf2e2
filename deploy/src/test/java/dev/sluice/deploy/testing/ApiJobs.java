package dev.sluice.deploy.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import java.time.Instant;

/**
 * Jobs as the coordinator's API shows them, for tests of the CLI. {@code anApiJob()} is a running
 * {@code custom / synthetic} job of 200,000 records in 40 batches, 40% done.
 */
public final class ApiJobs {

    public static final Instant CREATED = Instant.parse("2030-01-01T00:00:00Z");

    private ApiJobs() {
    }

    public static Builder anApiJob() {
        return new Builder();
    }

    public static final class Builder {
        private String id = "job_1";
        private String status = "running";
        private int progress = 40;
        private long records = 80_000;
        private Long totalRecords = 200_000L;
        private int batchesDone = 16;
        private int batchesTotal = 40;
        private long errors;
        private String error;
        private String blockedBy;
        private Instant startedAt = CREATED.plusMillis(500);
        private Instant completedAt;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder progress(int percent, long records, int batchesDone) {
            this.progress = percent;
            this.records = records;
            this.batchesDone = batchesDone;
            return this;
        }

        public Builder unknownTotal() {
            this.totalRecords = null;
            return this;
        }

        public Builder errors(long errors) {
            this.errors = errors;
            return this;
        }

        public Builder error(String error) {
            this.error = error;
            return this;
        }

        public Builder blockedBy(String reason) {
            this.blockedBy = reason;
            return this;
        }

        public Builder notStarted() {
            this.startedAt = null;
            return this;
        }

        public Builder completedAt(Instant at) {
            this.completedAt = at;
            return this;
        }

        public ObjectNode build() {
            ObjectNode job = Json.MAPPER.createObjectNode();
            job.put("id", id);
            job.put("type", "custom");
            job.put("operation", "synthetic");
            job.putNull("source");
            job.putObject("config").put("records", 200_000);
            job.putObject("options");
            job.put("status", status);
            job.put("progress", progress);
            job.put("recordsProcessed", records);
            job.put("errorCount", errors);
            job.putNull("currentStage");
            job.put("error", error);
            job.put("blockedBy", blockedBy);
            job.put("retryAttempts", 0);
            job.putNull("parentId");
            job.put("createdAt", CREATED.toString());
            job.put("startedAt", startedAt == null ? null : startedAt.toString());
            job.put("completedAt", completedAt == null ? null : completedAt.toString());
            if (completedAt != null) {
                job.put("duration", completedAt.toEpochMilli() - (startedAt == null ? CREATED : startedAt).toEpochMilli());
            } else {
                job.putNull("duration");
            }
            job.put("pool", "default");
            job.put("priority", "normal");
            ObjectNode batches = job.putObject("batches");
            batches.put("total", batchesTotal);
            batches.put("done", batchesDone);
            batches.put("inFlight", 4);
            if (totalRecords != null) {
                batches.put("totalRecords", totalRecords);
            }
            return job;
        }
    }
}
