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
    /** Wall-clock ns of each step booked. */
    private final Map<String, Long> walls = new LinkedHashMap<>();
    private long[] last;
    private long lastWall;

    StepCpu(ChildJvm coordinator, List<ChildJvm> workers) {
        this.coordinator = coordinator;
        this.workers = List.copyOf(workers);
        this.last = now();
        this.lastWall = System.nanoTime();
    }

    /** Books the CPU used since the previous step ended (or since this was made) to {@code step}. */
    void endOf(String step) {
        long[] now = now();
        long wall = System.nanoTime();
        long[] used = new long[now.length];
        for (int i = 0; i < now.length; i++) {
            used[i] = now[i] - last[i];
        }
        booked.put(step, used);
        walls.put(step, wall - lastWall);
        last = now;
        lastWall = wall;
    }

    /** CPU ns per second of wall-clock time of each process over the one step booked, as an idle measure. */
    long[] nanosPerSecond(String step) {
        long[] used = booked.get(step);
        long[] rate = new long[used.length];
        for (int i = 0; i < used.length; i++) {
            rate[i] = Math.round(used[i] / (walls.get(step) / 1e9));
        }
        return rate;
    }

    /**
     * CPU ns of all processes over every step booked, less what each process spends idle in as long
     * ({@code idlePerSecond}, from {@link #nanosPerSecond}): the work of the steps alone, which a busy
     * machine, on which every step takes longer, does not inflate.
     */
    long totalNanosBeyond(long[] idlePerSecond) {
        long total = 0;
        for (Map.Entry<String, long[]> step : booked.entrySet()) {
            double seconds = walls.get(step.getKey()) / 1e9;
            for (int i = 0; i < step.getValue().length; i++) {
                total += Math.max(0, step.getValue()[i] - Math.round(idlePerSecond[i] * seconds));
            }
        }
        return total;
    }

    /** {@code coordinator 80, workers 60, bench JVM 40}: ms of CPU per second, as {@link #nanosPerSecond} gives them. */
    static String perSecond(long[] rates) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < PROCESSES.length; i++) {
            out.append(i == 0 ? "" : ", ").append(PROCESSES[i]).append(' ').append(Report.decimal(rates[i] / 1e6));
        }
        return out.toString();
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
