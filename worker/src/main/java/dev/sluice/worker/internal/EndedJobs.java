package dev.sluice.worker.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jobs that ended as canceled or failed while this worker may hold their batches: running ones
 * are stopped, buffered ones are not started. Remembers the most recent few thousand, which is
 * far more than a worker holds batches of.
 */
final class EndedJobs {

    private static final int REMEMBERED = 10_000;

    private final Map<String, String> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });
    private final Map<String, Set<BatchRun>> running = new ConcurrentHashMap<>();

    /** Why {@code jobId} ended (its event type), or null when it has not ended as far as this worker knows. */
    String ended(String jobId) {
        return recent.get(jobId);
    }

    /** {@code jobId} ended as {@code type}: its running batches are asked to stop. */
    void end(String jobId, String type) {
        recent.put(jobId, type);
        Set<BatchRun> runs = running.get(jobId);
        if (runs != null) {
            runs.forEach(run -> run.stop(type));
        }
    }

    void started(String jobId, BatchRun run) {
        running.computeIfAbsent(jobId, id -> ConcurrentHashMap.newKeySet()).add(run);
        String type = ended(jobId);
        if (type != null) {
            run.stop(type);
        }
    }

    void finished(String jobId, BatchRun run) {
        running.computeIfPresent(jobId, (id, runs) -> {
            runs.remove(run);
            return runs.isEmpty() ? null : runs;
        });
    }
}
