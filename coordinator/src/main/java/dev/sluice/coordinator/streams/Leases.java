package dev.sluice.coordinator.streams;

import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.task.TaskReport;
import dev.sluice.coordinator.decide.Lease;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The leases workers hold on started batches, in a changelogged store next to the jobs: taken on
 * a {@code started} report, dropped once the job no longer awaits that batch attempt. They are
 * bookkeeping of the coordinator, not history of the job, so they are not events.
 */
final class Leases {

    private final KeyValueStore<String, Lease> store;

    Leases(KeyValueStore<String, Lease> store) {
        this.store = store;
    }

    /** Takes the lease a {@code started} report announces, when the job awaits that batch attempt. */
    void reported(JobState job, TaskReport report) {
        if (report instanceof TaskReport.Started started && job != null && job.batches() != null
                && !job.status().terminal() && job.batches().awaiting(started.batch(), started.attempt())) {
            store.put(key(job.id(), started.batch()),
                    new Lease(started.batch(), started.attempt(), started.workerId(), started.at()));
        }
    }

    /** True when workers may hold leases on the job's batches: it has batches in flight. */
    static boolean mayHold(JobState job) {
        return job != null && job.batches() != null && !job.batches().inFlight().isEmpty();
    }

    /** The leases held on {@code jobId}'s batches. */
    List<Lease> of(String jobId) {
        List<Lease> held = new ArrayList<>();
        try (KeyValueIterator<String, Lease> it = store.prefixScan(jobId + "/", new StringSerializer())) {
            it.forEachRemaining(entry -> held.add(entry.value));
        }
        return held;
    }

    /** True for events after which a lease may no longer be awaited: a batch's end, or the job's. */
    static boolean mayEnd(JobEvent event) {
        return event instanceof JobEvent.BatchDone || event instanceof JobEvent.BatchFailed
                || event instanceof JobEvent.Completed || event instanceof JobEvent.Failed
                || event instanceof JobEvent.Canceled;
    }

    /** Drops the leases of batch attempts the job no longer awaits. */
    void settle(JobState job) {
        for (Lease lease : of(job.id())) {
            if (job.status().terminal() || job.batches() == null
                    || !job.batches().awaiting(lease.batch(), lease.attempt())) {
                store.delete(key(job.id(), lease.batch()));
            }
        }
    }

    private static String key(String jobId, int batch) {
        return jobId + "/" + String.format("%08d", batch);
    }
}
