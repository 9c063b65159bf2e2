package dev.sluice.deploy.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;

/** The job that {@code sluice demo} runs and {@code sluice dev} suggests: synthetic records that cost a little CPU each. */
public final class SampleJob {

    /** Records of the sample job unless told otherwise. */
    public static final long DEFAULT_RECORDS = 200_000;
    /** Microseconds of CPU each record costs. */
    public static final int WORK_MICROS = 20;
    /** Records per batch. */
    public static final int BATCH_SIZE = 5_000;
    /** Batches of the job that run at once. */
    public static final int PARALLEL_BATCHES = 4;

    private SampleJob() {
    }

    /** The create body of a {@code custom/synthetic} job of {@code records} records. */
    public static ObjectNode of(long records) {
        if (records < 1) {
            throw new IllegalArgumentException("records must be at least 1, got " + records);
        }
        ObjectNode job = Json.MAPPER.createObjectNode();
        job.put("type", "custom");
        job.put("operation", "synthetic");
        job.putObject("config")
                .put("records", records)
                .put("workMicros", WORK_MICROS)
                .put("batchSize", BATCH_SIZE)
                .put("parallelBatches", PARALLEL_BATCHES);
        return job;
    }
}
