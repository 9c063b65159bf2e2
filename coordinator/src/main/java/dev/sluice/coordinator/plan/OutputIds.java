package dev.sluice.coordinator.plan;

/** The ids of what a job writes, from the job's id: the same on every coordinator and every retry of the plan. */
public final class OutputIds {

    private OutputIds() {
    }

    public static String workbookId(String jobId) {
        return "wb_" + suffix(jobId);
    }

    public static String sheetId(String jobId) {
        return "sh_" + suffix(jobId);
    }

    private static String suffix(String jobId) {
        return jobId.startsWith("job_") ? jobId.substring(4) : jobId;
    }
}
