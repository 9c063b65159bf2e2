package dev.sluice.coordinator.decide;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.Resume;
import java.util.Map;

/**
 * A message from the coordinator to itself about another job, on the internal notices topic,
 * keyed by the job it concerns: jobs live on different partitions, so what one job's decision
 * means for another travels as a message rather than a shared read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Notice.Retry.class, name = "retry"),
    @JsonSubTypes.Type(value = Notice.RetryRequest.class, name = "retry-request"),
    @JsonSubTypes.Type(value = Notice.Start.class, name = "start"),
    @JsonSubTypes.Type(value = Notice.Cancel.class, name = "cancel"),
    @JsonSubTypes.Type(value = Notice.Watch.class, name = "watch"),
    @JsonSubTypes.Type(value = Notice.Ended.class, name = "ended")
})
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

    /**
     * Retry the failed job {@code jobId} (a pipeline retrying its stage): it sends the {@link Retry}
     * that starts the retry and, right behind it on the retry's partition, {@code watcher}'s watch.
     */
    record RetryRequest(String jobId, String watcher) implements Notice {
    }

    /** Start {@code jobId}, a child of {@code parentId} (a run of a schedule, a stage of a pipeline), planned now. */
    record Start(String jobId, String parentId, JobSpec spec, String pool) implements Notice {
    }

    /** Cancel {@code jobId}, giving {@code reason}. */
    record Cancel(String jobId, String reason) implements Notice {
    }

    /** Tell {@code watcher} when {@code jobId} has ended (or now, when it has already). */
    record Watch(String jobId, String watcher) implements Notice {
    }

    /**
     * {@code dependency}, which {@code jobId} watches, ended as {@code status} (null: there is no
     * such job), with its error, outputs and counts.
     */
    record Ended(String jobId, String dependency, JobStatus status, String error, Map<String, Object> output,
                 long records, long errors) implements Notice {
        public Ended {
            output = output == null ? Map.of() : output;
        }
    }
}
