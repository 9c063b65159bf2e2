package dev.sluice.coordinator.streams;

import dev.sluice.common.job.JobState;
import dev.sluice.coordinator.decide.Notice;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Who waits for which job to end, in a changelogged store on the partition of the job waited for:
 * dependants and pipelines register by a watch notice, and hear back by an ended notice as soon as
 * the job ends (at once, when it has already ended).
 */
final class Watchers {

    private final KeyValueStore<String, String> store;

    Watchers(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** Registers the watch; returns the answer to send now when the job has already ended or does not exist. */
    List<Notice.Ended> watch(JobState job, Notice.Watch watch) {
        if (job == null || job.status().terminal()) {
            return List.of(ended(job, watch.jobId(), watch.watcher()));
        }
        store.put(watch.jobId() + "/" + watch.watcher(), watch.watcher());
        return List.of();
    }

    /** The answers to send now that {@code job} has ended, which also forgets its watchers. */
    List<Notice.Ended> ended(JobState job) {
        List<Notice.Ended> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.prefixScan(job.id() + "/", new StringSerializer())) {
            it.forEachRemaining(entry -> {
                keys.add(entry.key);
                out.add(ended(job, job.id(), entry.value));
            });
        }
        keys.forEach(store::delete);
        return out;
    }

    private static Notice.Ended ended(JobState job, String jobId, String watcher) {
        if (job == null) {
            return new Notice.Ended(watcher, jobId, null, "there is no such job", null, 0, 0);
        }
        return new Notice.Ended(watcher, jobId, job.status(), job.error(),
                job.batches() == null ? null : job.batches().plan().outputs(), job.recordsProcessed(), job.errorCount());
    }
}
