package dev.sluice.coordinator.streams;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.json.Json;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.coordinator.plan.Planners;
import dev.sluice.common.task.Task;
import dev.sluice.common.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns dispatched batches into task records on the job's pool and priority topic. */
final class TaskFactory {

    private TaskFactory() {
    }

    /** A task and its record key. */
    record Keyed(String key, Out task) {
    }

    /**
     * Task records for the dispatched batches. Each is keyed by job and batch, not by job alone, so
     * that one job's batches spread over the topic's partitions and thus over the pool's workers.
     */
    static List<Keyed> tasks(Topics topics, JobState job, JobEvent.Dispatched dispatched, Planners planners,
                             PlanningContext context) {
        String topic = topics.tasks(job.pool(), job.spec().execution().priority());
        BatchPlan plan = job.batches().plan();
        List<Keyed> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> entry : new TreeMap<>(dispatched.batches()).entrySet()) {
            int batch = entry.getKey();
            Task task = new Task(job.id(), job.spec().operation(), job.spec().source(), job.spec().config(),
                    batch, entry.getValue(), plan.firstRecord(batch), plan.recordsIn(batch),
                    job.spec().execution().batchTimeoutMs(), dispatched.at(),
                    planners.batchInput(job.spec(), plan, batch, context));
            out.add(new Keyed(job.id() + "/" + batch, new Out(topic, Json.bytes(task))));
        }
        return out;
    }
}
