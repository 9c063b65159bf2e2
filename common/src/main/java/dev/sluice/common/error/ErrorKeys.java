package dev.sluice.common.error;

/**
 * Keys of the errors topic, {@code JOB/BATCH/ATTEMPT/CHUNK} with fixed-width numbers, so a job's
 * errors sort by batch, each batch's attempts in order, and a range scan of {@code JOB/} reads them.
 */
public final class ErrorKeys {

    private ErrorKeys() {
    }

    public static String key(String jobId, int batch, int attempt, int chunk) {
        return jobId + "/" + pad(batch, 8) + "/" + pad(attempt, 4) + "/" + pad(chunk, 6);
    }

    /** The first key of a job's errors; every key of the job sorts between this and {@link #end}. */
    public static String start(String jobId) {
        return jobId + "/";
    }

    public static String end(String jobId) {
        return jobId + "/~";
    }

    private static String pad(int number, int width) {
        String digits = Integer.toString(number);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
