package dev.sluice.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of the processes of the CSV phase, booked to the step that was running: this JVM (the
 * broker and the bench's client), the coordinator JVM and the worker JVMs (together). Each
 * process's CPU time counts every thread, the JIT compilers and the collector included; other
 * processes on the machine do not count, which makes these figures steadier than the rates.
 */
final class StepCpu {

    private static final String[] PROCESSES = {"coordinator", "workers", "bench JVM"};

    private final ChildJvm coordinator;
    private final List<ChildJvm> workers;
    private final Map<String, long[]> booked = new LinkedHashMap<>();
    private long[] last;

    StepCpu(ChildJvm coordinator, List<ChildJvm> workers) {
        this.coordinator = coordinator;
        this.workers = List.copyOf(workers);
        this.last = now();
    }

    /** Books the CPU used since the previous step ended (or since this was made) to {@code step}. */
    void endOf(String step) {
        long[] now = now();
        long[] used = new long[now.length];
        for (int i = 0; i < now.length; i++) {
            used[i] = now[i] - last[i];
        }
        booked.put(step, used);
        last = now;
    }

    /** CPU ns of all processes together over every step booked. */
    long totalNanos() {
        long total = 0;
        for (long[] used : booked.values()) {
            for (long nanos : used) {
                total += nanos;
            }
        }
        return total;
    }

    /** {@code upload: coordinator 8.1, workers 0.2, bench JVM 4.0; extract: ...} in ms per {@code unit}s. */
    String perUnit(long units) {
        StringBuilder out = new StringBuilder();
        booked.forEach((step, used) -> {
            out.append(out.isEmpty() ? "" : "; ").append(step).append(':');
            for (int i = 0; i < PROCESSES.length; i++) {
                out.append(i == 0 ? " " : ", ").append(PROCESSES[i]).append(' ').append(Report.decimal(used[i] / 1e6 / units));
            }
        });
        return out.toString();
    }

    private long[] now() {
        long workerNanos = 0;
        for (ChildJvm worker : workers) {
            workerNanos += worker.cpuNanos();
        }
        long here = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new long[] {coordinator.cpuNanos(), workerNanos, here};
    }
}
