package dev.sluice.common.job;

/**
 * What a job asks of the worker that runs it ({@code options.resources}).
 *
 * @param cpuMillis   CPU in millicores ({@code "1000m"} or {@code "1"} is one core); 0 when not asked
 * @param memoryBytes memory in bytes ({@code "512MB"}, {@code "1GB"}, {@code "1Gi"}); 0 when not asked
 */
public record Resources(long cpuMillis, long memoryBytes) {
    public static final Resources NONE = new Resources(0, 0);

    public Resources {
        if (cpuMillis < 0 || memoryBytes < 0) {
            throw new IllegalArgumentException("resources cannot be negative");
        }
    }

    /** True when a pool with this capacity can run a job that asks for {@code wanted}. */
    public boolean fits(Resources wanted) {
        return wanted.cpuMillis <= cpuMillis && wanted.memoryBytes <= memoryBytes;
    }
}
