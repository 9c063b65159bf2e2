package dev.sluice.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Small jobs (10 records, one batch): latency one at a time, and throughput from concurrent clients. */
final class SmallJobs {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final JobTimer timer;
    private final String body;

    SmallJobs(JobTimer timer, int workMicros) {
        this.timer = timer;
        this.body = JobClient.synthetic(10, workMicros, 10, 1);
    }

    /** Runs {@code count} jobs one after another; each is created only when the previous has completed. */
    Result sequential(int count) throws Exception {
        Breakdown jobs = new Breakdown();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            jobs.add(timer.run(body, TIMEOUT));
        }
        return new Result(jobs, System.nanoTime() - start);
    }

    /**
     * {@code clients} threads create {@code count} jobs between them as fast as the API answers,
     * without waiting for completions; wall time runs from the first POST to the last completion.
     */
    Result concurrent(int count, int clients) throws Exception {
        Breakdown jobs = new Breakdown();
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<JobTimer.Submitted>>> created = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                created.add(pool.submit(createWhileLeft(left)));
            }
            long last = start;
            for (Future<List<JobTimer.Submitted>> client : created) {
                for (JobTimer.Submitted job : client.get()) {
                    JobTimer.Finished done = timer.await(job, TIMEOUT);
                    jobs.add(done);
                    last = Math.max(last, done.arrival().nanos());
                }
            }
            return new Result(jobs, last - start);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<List<JobTimer.Submitted>> createWhileLeft(AtomicInteger left) {
        return () -> {
            List<JobTimer.Submitted> jobs = new ArrayList<>();
            while (left.getAndDecrement() > 0) {
                jobs.add(timer.submit(body));
            }
            return jobs;
        };
    }

    /** The phase's jobs, and its wall time. */
    record Result(Breakdown jobs, long wallNanos) {

        double jobsPerSecond() {
            return jobs.total().count() / (wallNanos / 1e9);
        }
    }
}
