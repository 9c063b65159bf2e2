package dev.sluice.common.job;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a retry of a failed job starts: the batches that did not finish, and the counts of those
 * that did, which the retry keeps.
 *
 * @param pending batches to run again, each with the attempt to send it as: attempts count on
 *                across the retries of a job, so a handler sees that a batch ran before
 * @param records records the finished batches processed
 * @param errors  records among them that failed
 */
public record Resume(SortedMap<Integer, Integer> pending, long records, long errors) {
    public Resume {
        pending = Collections.unmodifiableSortedMap(new TreeMap<>(pending));
    }
}
