package dev.sluice.common.spi;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;

/**
 * The coordinator's half of an operation: checks a job's {@code config} when it is created and
 * cuts the job into batches. Discovered with {@link java.util.ServiceLoader}. An operation
 * without a planner runs as one batch whose handler checks its own config.
 */
public interface OperationPlanner {

    String operation();

    /**
     * Checks the operation's config keys and plans the batches.
     *
     * @throws InvalidRequestException naming the field ({@code config.records}) when the config is wrong
     */
    BatchPlan plan(JobSpec spec) throws InvalidRequestException;
}
