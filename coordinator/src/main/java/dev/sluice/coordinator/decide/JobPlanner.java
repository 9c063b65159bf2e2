package dev.sluice.coordinator.decide;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;

/** Plans a job when it starts: cuts it into batches from what it reads, as it is then. */
@FunctionalInterface
public interface JobPlanner {

    /** Throws naming the field when what the job reads is missing or does not fit. */
    BatchPlan plan(String jobId, JobSpec spec) throws InvalidRequestException;
}
