package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.worker.handlers.SyntheticHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/** One large synthetic job through the cluster, and the same work in a plain loop for comparison. */
final class BigJob {

    static final int BATCH_SIZE = 10_000;
    static final int PARALLEL_BATCHES = 8;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /**
     * The job's records, the time between its {@code createdAt} and {@code completedAt}, and how
     * many of its batches each worker finished.
     */
    record Result(long records, Duration createdToCompleted, Map<String, Integer> batchesByWorker) {

        double recordsPerSecond() {
            return records / (createdToCompleted.toNanos() / 1e9);
        }
    }

    private final JobTimer timer;
    private final int workMicros;

    BigJob(JobTimer timer, int workMicros) {
        this.timer = timer;
        this.workMicros = workMicros;
    }

    Result run(long records) throws Exception {
        JobTimer.Finished done = timer.run(JobClient.synthetic(records, workMicros, BATCH_SIZE, PARALLEL_BATCHES), TIMEOUT);
        JsonNode job = done.arrival().job();
        long processed = job.path("recordsProcessed").asLong();
        if (processed != records) {
            throw new IllegalStateException("job " + done.job().jobId() + " processed " + processed + " of " + records);
        }
        Duration took = Duration.between(Instant.parse(job.get("createdAt").asText()),
                Instant.parse(job.get("completedAt").asText()));
        return new Result(records, took, done.arrival().batchesByWorker());
    }

    /**
     * Records per second of {@link SyntheticHandler#runPlain} on this thread: after a warm-up,
     * the median of three runs of a third of {@code records} each, since other processes share the CPUs.
     */
    double plainLoopRate(long records) {
        SyntheticHandler.runPlain(Math.min(records, 200_000), workMicros);
        long third = Math.max(1, records / 3);
        double[] rates = new double[3];
        long checksum = 0;
        for (int i = 0; i < rates.length; i++) {
            long start = System.nanoTime();
            checksum ^= SyntheticHandler.runPlain(third, workMicros);
            rates[i] = third / ((System.nanoTime() - start) / 1e9);
        }
        if (checksum == 42) { // uses the result so that the work cannot be left out; 42 is as likely as any value
            Report.note("the checksum happens to be 42");
        }
        Arrays.sort(rates);
        return rates[1];
    }
}
