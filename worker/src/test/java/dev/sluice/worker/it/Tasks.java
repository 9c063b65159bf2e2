package dev.sluice.worker.it;

import dev.sluice.common.task.Task;
import dev.sluice.worker.handlers.SyntheticHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tasks as the coordinator would dispatch them. */
final class Tasks {

    static final long TIMEOUT_MS = 30_000;

    private Tasks() {
    }

    /** A synthetic job of {@code records} records cut into batches of {@code batchSize}. */
    static List<Task> syntheticJob(String jobId, long records, long batchSize, long workMicros) {
        List<Task> tasks = new ArrayList<>();
        Map<String, Object> config = Map.of(SyntheticHandler.RECORDS, records, SyntheticHandler.WORK_MICROS, workMicros);
        for (long first = 0; first < records; first += batchSize) {
            tasks.add(new Task(jobId, SyntheticHandler.OPERATION, null, config, (int) (first / batchSize), 0, first,
                    Math.min(batchSize, records - first), TIMEOUT_MS, Instant.now(), null));
        }
        return tasks;
    }

    /** One batch of {@code operation} with the planner's input, as a data operation's batches come. */
    static Task withInput(String jobId, int batch, String operation, Map<String, Object> input) {
        return new Task(jobId, operation, null, Map.of(), batch, 0, 0, -1, TIMEOUT_MS, Instant.now(), input);
    }

    /** One batch of {@code operation} with the given config and timeout. */
    static Task task(String jobId, int batch, String operation, Map<String, Object> config, long timeoutMs) {
        return new Task(jobId, operation, null, config, batch, 0, 0, 1, timeoutMs, Instant.now(), null);
    }
}
