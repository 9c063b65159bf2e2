package dev.sluice.common.testing;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobReducer;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobState;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events of one job on a test clock: the first is at {@link Jobs#T0} and each next one a second
 * later, so times and durations in assertions are known.
 */
public final class JobEvents {

    public static final String POOL = "default";

    private final String jobId;
    private Instant now = Jobs.T0;

    private JobEvents(String jobId) {
        this.jobId = jobId;
    }

    public static JobEvents forJob(String jobId) {
        return new JobEvents(jobId);
    }

    /** The instant the next event will carry. */
    public Instant now() {
        return now;
    }

    /** Moves the clock on before the next event. */
    public JobEvents after(Duration gap) {
        now = now.plus(gap);
        return this;
    }

    public JobEvent.Created created() {
        return created(Jobs.aSpec().build());
    }

    public JobEvent.Created created(JobSpec spec) {
        return new JobEvent.Created(jobId, tick(), spec, POOL, null);
    }

    public JobEvent.Queued queued(BatchPlan plan) {
        return new JobEvent.Queued(jobId, tick(), plan);
    }

    /** A plan of {@code batches} full batches of 10 records. */
    public JobEvent.Queued queued(int batches) {
        return queued(BatchPlan.ofRecords(batches * 10L, 10));
    }

    public JobEvent.Blocked blocked(String reason) {
        return new JobEvent.Blocked(jobId, tick(), reason);
    }

    /** First attempts of {@code batches}. */
    public JobEvent.Dispatched dispatched(Integer... batches) {
        Map<Integer, Integer> sent = new TreeMap<>();
        Arrays.stream(batches).forEach(batch -> sent.put(batch, 0));
        return dispatched(sent);
    }

    public JobEvent.Dispatched dispatched(Map<Integer, Integer> batchToAttempt) {
        return new JobEvent.Dispatched(jobId, tick(), batchToAttempt);
    }

    public JobEvent.Started started() {
        return new JobEvent.Started(jobId, tick(), "worker-1");
    }

    public JobEvent.BatchDone batchDone(int batch, int attempt, long records, long errors) {
        return new JobEvent.BatchDone(jobId, tick(), batch, attempt, records, errors, java.util.Map.of());
    }

    /** {@code retryAttempt} null means the batch is not sent again. */
    public JobEvent.BatchFailed batchFailed(int batch, int attempt, Integer retryAttempt) {
        return new JobEvent.BatchFailed(jobId, tick(), batch, attempt, "boom in batch " + batch, retryAttempt);
    }

    public JobEvent.Completed completed() {
        return new JobEvent.Completed(jobId, tick());
    }

    public JobEvent.Failed failed(String error) {
        return new JobEvent.Failed(jobId, tick(), error);
    }

    public JobEvent.Canceled canceled(String reason) {
        return new JobEvent.Canceled(jobId, tick(), reason);
    }

    /** The job after {@code events}, folded from nothing. */
    public static JobState fold(JobEvent... events) {
        return fold(List.of(events));
    }

    public static JobState fold(List<? extends JobEvent> events) {
        JobState state = null;
        for (JobEvent event : events) {
            state = JobReducer.apply(state, event);
        }
        return state;
    }

    private Instant tick() {
        Instant at = now;
        now = now.plusSeconds(1);
        return at;
    }
}
