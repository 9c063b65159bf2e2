package dev.sluice.common.spi;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;
import java.util.Map;

/**
 * The coordinator's half of an operation: checks a job's {@code config} and {@code source} when it
 * is created, cuts the job into batches, and says what each batch's task carries. Discovered with
 * {@link java.util.ServiceLoader}. An operation without a planner runs as one batch whose handler
 * checks its own config.
 */
public interface OperationPlanner {

    String operation();

    /**
     * Checks the operation's config keys and source, and plans the batches.
     *
     * @throws InvalidRequestException naming the field ({@code config.records}) when the request is wrong
     */
    BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException;

    /**
     * What batch {@code batch}'s task carries besides the job's config: a byte range, ids to write to.
     * Called when the batch is dispatched, so it must give the same answer as at planning time.
     */
    default Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        return Map.of();
    }
}
