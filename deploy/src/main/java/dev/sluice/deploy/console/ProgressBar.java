package dev.sluice.deploy.console;

import dev.sluice.deploy.client.JobSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line that shows how far a job has come, most important first so that a narrow terminal cuts
 * the least useful part:
 * <pre>
 * running    [############..................]  40%  1.9s  80,000/200,000 records  16/40 batches
 * </pre>
 * Pure: the same job and elapsed time always give the same line.
 */
public final class ProgressBar {

    /** Characters between the brackets, by default. */
    public static final int DEFAULT_WIDTH = 30;

    /** Wide enough for the longest status, {@code completed} and {@code scheduled}. */
    private static final int STATUS_COLUMNS = 10;

    private final int width;

    /** A bar of {@code width} characters between its brackets; at least 1. */
    public ProgressBar(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, got " + width);
        }
        this.width = width;
    }

    public ProgressBar() {
        this(DEFAULT_WIDTH);
    }

    public String render(JobSnapshot job, Duration elapsed) {
        int percent = Math.max(0, Math.min(100, job.progress()));
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "%-" + STATUS_COLUMNS + "s%s %3d%%", job.status(), bar(percent), percent));
        parts.add(Durations.format(elapsed));
        parts.add(records(job));
        if (job.batchesTotal() > 0 && job.batchesDone() >= 0) {
            parts.add(job.batchesDone() + "/" + job.batchesTotal() + " batches");
        }
        if (job.errorCount() > 0) {
            parts.add(count(job.errorCount(), "error", "errors"));
        }
        note(job).ifPresent(parts::add);
        return String.join("  ", parts);
    }

    /**
     * How long the job has been on its way: from its creation to its completion once it has
     * finished, else to {@code now}. Counting from creation keeps the time growing as the job moves
     * from queued to running. Never negative.
     */
    public static Duration elapsed(JobSnapshot job, Instant now) {
        if (job.createdAt() == null) {
            return job.durationMs() >= 0 ? Duration.ofMillis(job.durationMs()) : Duration.ZERO;
        }
        Instant end = job.completedAt() != null ? job.completedAt() : now;
        return end.isBefore(job.createdAt()) ? Duration.ZERO : Duration.between(job.createdAt(), end);
    }

    private String bar(int percent) {
        int filled = percent * width / 100;
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    private static String records(JobSnapshot job) {
        if (job.totalRecords() > 0) {
            return String.format(Locale.ROOT, "%,d/%,d records", job.recordsProcessed(), job.totalRecords());
        }
        return count(job.recordsProcessed(), "record", "records");
    }

    /** Why the job is not moving, or why it ended. */
    private static Optional<String> note(JobSnapshot job) {
        if (job.terminal() && !job.completed() && job.error() != null) {
            return Optional.of("(" + job.error() + ")");
        }
        if (!job.terminal() && job.blockedBy() != null) {
            return Optional.of("(" + job.blockedBy() + ")");
        }
        return Optional.empty();
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
