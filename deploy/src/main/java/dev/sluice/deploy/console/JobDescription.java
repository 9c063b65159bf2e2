package dev.sluice.deploy.console;

import dev.sluice.deploy.client.JobSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A job's key fields as aligned {@code label  value} lines, for {@code sluice status}; fields without a value are left out. */
public final class JobDescription {

    private JobDescription() {
    }

    public static List<String> lines(JobSnapshot job) {
        List<String> lines = new ArrayList<>();
        add(lines, "job", job.id());
        add(lines, "type", job.type() + (job.operation() == null ? "" : " / " + job.operation()));
        add(lines, "status", job.status());
        add(lines, "progress", progress(job));
        add(lines, "errors", String.format(Locale.ROOT, "%,d", job.errorCount()));
        add(lines, "blocked by", job.terminal() ? null : job.blockedBy());
        add(lines, "error", job.error());
        add(lines, "pool", job.pool());
        add(lines, "priority", job.priority());
        add(lines, "created", text(job.createdAt()));
        add(lines, "started", text(job.startedAt()));
        add(lines, "completed", text(job.completedAt()));
        add(lines, "duration", job.durationMs() < 0 ? null : Durations.format(Duration.ofMillis(job.durationMs())));
        return lines;
    }

    private static String progress(JobSnapshot job) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d%%, %,d", job.progress(), job.recordsProcessed()));
        if (job.totalRecords() > 0) {
            text.append(String.format(Locale.ROOT, " of %,d", job.totalRecords()));
        }
        text.append(" records");
        if (job.batchesTotal() > 0 && job.batchesDone() >= 0) {
            text.append(", ").append(job.batchesDone()).append(" of ").append(job.batchesTotal()).append(" batches");
        }
        return text.toString();
    }

    private static void add(List<String> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(String.format(Locale.ROOT, "%-11s%s", label, value));
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
