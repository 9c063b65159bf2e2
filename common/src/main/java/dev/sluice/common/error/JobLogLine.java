package dev.sluice.common.error;

import java.time.Instant;

/**
 * One line of a job's log, on the job-logs topic keyed by job id.
 *
 * @param source {@code coordinator}, or the id of the worker whose handler wrote it
 * @param level  {@code info}, {@code warn} or {@code error}
 * @param batch  the batch it is about, or null
 */
public record JobLogLine(String jobId, Instant at, String source, String level, Integer batch, String message) {

    /**
     * The line's key on the job-logs topic, {@code JOB/MILLIS/SOURCE/UNIQUE}: a job's lines sort by
     * time, and lines of one millisecond stay apart.
     *
     * @param unique tells apart the lines one source writes in the same millisecond
     */
    public String key(String unique) {
        String millis = Long.toString(at.toEpochMilli());
        return jobId + "/" + "0".repeat(Math.max(0, 13 - millis.length())) + millis + "/" + source + "/" + unique;
    }

    /** The line as the log artifact shows it. */
    public String render() {
        return at + " " + level.toUpperCase(java.util.Locale.ROOT) + " [" + source + "]"
                + (batch == null ? "" : " batch " + batch) + " " + message;
    }
}
