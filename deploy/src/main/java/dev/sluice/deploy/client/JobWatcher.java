package dev.sluice.deploy.client;

import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.JobTransitions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows one job until it is terminal. Updates come from the event stream; while the stream is not
 * connected the watcher polls the job instead, and while it is, it still reads the job now and then
 * so that an event missed before the stream connected cannot leave it waiting. The API's reads come
 * from another consumer of the events than the stream and may lag it a little, so an end seen in an
 * event is confirmed by a read: after {@link #watch}, the job's result can be read.
 */
public final class JobWatcher {

    /** How often the listener hears from the watcher, and how often it polls without the stream. */
    public static final Duration TICK = Duration.ofMillis(150);
    /** How often the job is read although the stream is connected. */
    public static final Duration REFRESH = Duration.ofSeconds(2);
    /**
     * How long the API's reads may lag behind: a job just submitted may be unknown for that long
     * before that counts as an error, and a job whose end was pushed may still read as not ended.
     */
    public static final Duration READ_LAG = Duration.ofSeconds(10);

    private final JobsApi api;
    private final Duration tick;
    private final Duration refresh;
    private final Duration readLag;
    private final Clock clock;

    public JobWatcher(JobsApi api) {
        this(api, TICK, REFRESH, READ_LAG, Clock.systemUTC());
    }

    public JobWatcher(JobsApi api, Duration tick, Duration refresh, Duration readLag, Clock clock) {
        this.api = api;
        this.tick = tick;
        this.refresh = refresh;
        this.readLag = readLag;
        this.clock = clock;
    }

    /**
     * Calls {@code onUpdate} with the job at least every {@link #TICK} (so a display can tick its
     * clock) and returns the job once it is terminal. When the end arrived as an event, it first waits
     * up to {@link #READ_LAG} for a read of the job to show it too, so that the job's result can be
     * read next.
     *
     * @throws ApiException when the job cannot be read, or stays unknown for longer than the read lag
     */
    public JobSnapshot watch(String jobId, Consumer<JobSnapshot> onUpdate) throws InterruptedException {
        BlockingQueue<JobSnapshot> pushed = new LinkedBlockingQueue<>();
        try (EventSubscription events = api.subscribe(jobId, job -> pushed.add(JobSnapshot.of(job)))) {
            Instant since = clock.instant();
            Instant fetchedAt = null;
            boolean fetchedWhileLive = false;
            JobSnapshot last = null;
            boolean lastWasRead = false;
            while (last == null || !last.terminal()) {
                JobSnapshot next = fetchedAt == null ? null : pushed.poll(tick.toMillis(), TimeUnit.MILLISECONDS);
                boolean read = false;
                if (next == null) {
                    boolean live = events.live();
                    if (fetchedAt == null || !live || !fetchedWhileLive || elapsedSince(fetchedAt).compareTo(refresh) >= 0) {
                        next = fetch(jobId, since);
                        read = true;
                        fetchedAt = clock.instant();
                        fetchedWhileLive = live;
                    }
                }
                if (next != null && (last == null || !older(next, last))) {
                    last = next;
                    lastWasRead = read;
                }
                if (last != null) {
                    onUpdate.accept(last);
                }
            }
            return lastWasRead ? last : confirmed(jobId, last);
        }
    }

    /** Reads the job until the read shows the end that was pushed, for at most the read lag. */
    private JobSnapshot confirmed(String jobId, JobSnapshot pushedEnd) throws InterruptedException {
        Instant since = clock.instant();
        do {
            JobSnapshot read = JobSnapshot.of(api.job(jobId));
            if (read.terminal()) {
                return read;
            }
            TimeUnit.MILLISECONDS.sleep(tick.toMillis());
        } while (elapsedSince(since).compareTo(readLag) < 0);
        return pushedEnd;
    }

    private JobSnapshot fetch(String jobId, Instant since) {
        try {
            return JobSnapshot.of(api.job(jobId));
        } catch (ApiException e) {
            if (e.notFound() && elapsedSince(since).compareTo(readLag) < 0) {
                return null;
            }
            throw e;
        }
    }

    /**
     * A read that raced with an event can be older than what is shown; it must not move the display
     * back: not to fewer records in the same status, nor to a status the job cannot reach from the
     * one shown, such as {@code queued} after {@code running}.
     */
    private static boolean older(JobSnapshot next, JobSnapshot last) {
        if (next.terminal()) {
            return false;
        }
        if (next.status().equals(last.status())) {
            return next.recordsProcessed() < last.recordsProcessed();
        }
        return next.knownStatus().isPresent() && last.knownStatus().isPresent()
                && !reachable(last.knownStatus().get(), next.knownStatus().get());
    }

    /** Whether the transition table lets a job move from {@code from} to {@code to}, in any number of steps. */
    private static boolean reachable(JobStatus from, JobStatus to) {
        Set<JobStatus> seen = EnumSet.of(from);
        Deque<JobStatus> open = new ArrayDeque<>(seen);
        while (!open.isEmpty()) {
            JobStatus at = open.pop();
            for (JobStatus next : JobStatus.values()) {
                if (JobTransitions.allowed(at, next) && seen.add(next)) {
                    open.push(next);
                }
            }
        }
        return seen.contains(to);
    }

    private Duration elapsedSince(Instant then) {
        return Duration.between(then, clock.instant());
    }
}
