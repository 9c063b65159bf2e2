package dev.sluice.common.job;

import static dev.sluice.common.job.JobStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The table of legal status changes: for each status, the statuses it may move to. */
public final class JobTransitions {

    private static final Map<JobStatus, Set<JobStatus>> NEXT = new EnumMap<>(JobStatus.class);

    static {
        NEXT.put(CREATED, EnumSet.of(SCHEDULED, WAITING, QUEUED, FAILED, CANCELED));
        NEXT.put(SCHEDULED, EnumSet.of(WAITING, QUEUED, FAILED, CANCELED));
        NEXT.put(WAITING, EnumSet.of(QUEUED, FAILED, CANCELED));
        NEXT.put(QUEUED, EnumSet.of(RUNNING, COMPLETED, FAILED, CANCELED));
        NEXT.put(RUNNING, EnumSet.of(COMPLETED, FAILED, CANCELED));
        NEXT.put(COMPLETED, EnumSet.noneOf(JobStatus.class));
        NEXT.put(FAILED, EnumSet.noneOf(JobStatus.class));
        NEXT.put(CANCELED, EnumSet.noneOf(JobStatus.class));
    }

    private JobTransitions() {
    }

    public static boolean allowed(JobStatus from, JobStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Returns {@code to}, or throws when the table does not allow the move. */
    public static JobStatus check(String jobId, JobStatus from, JobStatus to) {
        if (!allowed(from, to)) {
            throw new IllegalTransitionException(jobId, from, to);
        }
        return to;
    }
}
