package dev.sluice.common.job;

import java.util.List;

/**
 * Where a retry of a failed job starts: the batches that did not finish, and the counts of those
 * that did, which the retry keeps.
 *
 * @param pending batches to run again
 * @param records records the finished batches processed
 * @param errors  records among them that failed
 */
public record Resume(List<Integer> pending, long records, long errors) {
    public Resume {
        pending = List.copyOf(pending);
    }
}
