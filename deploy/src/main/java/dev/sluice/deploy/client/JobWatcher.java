package dev.sluice.deploy.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows one job until it is terminal. Updates come from the event stream; while the stream is not
 * connected the watcher polls the job instead, and while it is, it still reads the job now and then
 * so that an event missed before the stream connected cannot leave it waiting.
 */
public final class JobWatcher {

    /** How often the listener hears from the watcher, and how often it polls without the stream. */
    public static final Duration TICK = Duration.ofMillis(150);
    /** How often the job is read although the stream is connected. */
    public static final Duration REFRESH = Duration.ofSeconds(2);
    /** How long a job that was just submitted may be unknown to the API before that counts as an error. */
    public static final Duration NOT_FOUND_GRACE = Duration.ofSeconds(10);

    private final JobsApi api;
    private final Duration tick;
    private final Duration refresh;
    private final Duration notFoundGrace;
    private final Clock clock;

    public JobWatcher(JobsApi api) {
        this(api, TICK, REFRESH, NOT_FOUND_GRACE, Clock.systemUTC());
    }

    public JobWatcher(JobsApi api, Duration tick, Duration refresh, Duration notFoundGrace, Clock clock) {
        this.api = api;
        this.tick = tick;
        this.refresh = refresh;
        this.notFoundGrace = notFoundGrace;
        this.clock = clock;
    }

    /**
     * Calls {@code onUpdate} with the job at least every {@link #TICK} (so a display can tick its
     * clock) and returns the job once it is terminal.
     *
     * @throws ApiException when the job cannot be read, or stays unknown for longer than the grace period
     */
    public JobSnapshot watch(String jobId, Consumer<JobSnapshot> onUpdate) throws InterruptedException {
        BlockingQueue<JobSnapshot> pushed = new LinkedBlockingQueue<>();
        try (EventSubscription events = api.subscribe(jobId, job -> pushed.add(JobSnapshot.of(job)))) {
            Instant since = clock.instant();
            Instant fetchedAt = null;
            boolean fetchedWhileLive = false;
            JobSnapshot last = null;
            while (last == null || !last.terminal()) {
                JobSnapshot next = fetchedAt == null ? null : pushed.poll(tick.toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) {
                    boolean live = events.live();
                    if (fetchedAt == null || !live || !fetchedWhileLive || elapsedSince(fetchedAt).compareTo(refresh) >= 0) {
                        next = fetch(jobId, since);
                        fetchedAt = clock.instant();
                        fetchedWhileLive = live;
                    }
                }
                if (next != null && (last == null || !older(next, last))) {
                    last = next;
                }
                if (last != null) {
                    onUpdate.accept(last);
                }
            }
            return last;
        }
    }

    private JobSnapshot fetch(String jobId, Instant since) {
        try {
            return JobSnapshot.of(api.job(jobId));
        } catch (ApiException e) {
            if (e.notFound() && elapsedSince(since).compareTo(notFoundGrace) < 0) {
                return null;
            }
            throw e;
        }
    }

    /** A read that raced with an event can be older than what is shown; it must not move the display back. */
    private static boolean older(JobSnapshot next, JobSnapshot last) {
        return !next.terminal() && next.status().equals(last.status())
                && next.recordsProcessed() < last.recordsProcessed();
    }

    private Duration elapsedSince(Instant then) {
        return Duration.between(then, clock.instant());
    }
}
