package dev.sluice.coordinator.intake;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.coordinator.pool.Pool;

/** A message from the requests topic, decoded: what the coordinator is asked to do. */
public sealed interface Intake {

    String jobId();

    /** Create a job that passed validation, placed in a pool and planned (plan null: planned when it starts). */
    record Create(String jobId, JobSpec spec, Pool pool, BatchPlan plan) implements Intake {
    }

    /** Cancel a job and what it has in flight. */
    record Cancel(String jobId, String reason) implements Intake {
    }

    /** Retry a failed or canceled job as a new job linked to it. */
    record Retry(String jobId) implements Intake {
    }

    /** Pause a recurring schedule, or resume it. */
    record Pause(String jobId, boolean paused) implements Intake {
    }

    /** A message that cannot become a job; {@code field} names what is wrong, or is null. */
    record Reject(String jobId, String field, String reason) implements Intake {
    }
}
