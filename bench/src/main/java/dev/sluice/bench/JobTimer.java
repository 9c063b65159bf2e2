package dev.sluice.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Times jobs from just before their POST until their final event reaches this process. */
final class JobTimer {

    /** A job that has been created: when its POST started and how long the POST took. */
    record Submitted(String jobId, long startNanos, long postNanos) {
    }

    /** A finished job: its create→complete latency and its final event. */
    record Finished(Submitted job, long totalNanos, JobWatch.Arrival arrival) {
    }

    private final JobClient client;
    private final JobWatch watch;

    JobTimer(JobClient client, JobWatch watch) {
        this.client = client;
        this.watch = watch;
    }

    Submitted submit(String body) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String id = client.create(body);
        return new Submitted(id, start, System.nanoTime() - start);
    }

    /** Waits for the job's final event; throws if it is not {@code job:completed} or not within {@code timeout}. */
    Finished await(Submitted job, Duration timeout) throws InterruptedException, TimeoutException {
        JobWatch.Arrival arrival;
        try {
            arrival = watch.of(job.jobId()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot happen: arrivals complete normally", e);
        } finally {
            watch.forget(job.jobId());
        }
        if (!arrival.completed()) {
            throw new IllegalStateException("job " + job.jobId() + " ended with " + arrival.type() + ": " + arrival.job());
        }
        return new Finished(job, arrival.nanos() - job.startNanos(), arrival);
    }

    Finished run(String body, Duration timeout) throws IOException, InterruptedException, TimeoutException {
        return await(submit(body), timeout);
    }
}
