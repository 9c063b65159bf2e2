package dev.sluice.coordinator.decide;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.Resume;

/**
 * A message from the coordinator to itself about another job, on the internal notices topic,
 * keyed by the job it concerns: jobs live on different partitions, so what one job's decision
 * means for another travels as a message rather than a shared read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = Notice.Retry.class, name = "retry")})
public sealed interface Notice {

    /** The job the notice is for, and its key on the topic. */
    String jobId();

    /**
     * Start {@code jobId} as retry number {@code retryAttempts} of the failed job {@code parentId}:
     * same spec, plan and pool, running only what the failed job did not finish.
     */
    record Retry(String jobId, String parentId, int retryAttempts, JobSpec spec, String pool, BatchPlan plan,
                 Resume resume) implements Notice {
    }
}
