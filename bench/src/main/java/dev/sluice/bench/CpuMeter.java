package dev.sluice.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time this process spent since the meter started, split by component according to thread
 * names: the broker, the coordinator (Streams, HTTP API, event tail), the workers, the bench's
 * own clients, and the JVM (collector and compilers: the process's time that no Java thread has).
 * Time of threads that ended meanwhile counts as JVM.
 */
final class CpuMeter {

    private static final String[] COMPONENTS = {"broker", "coordinator", "workers", "bench", "JVM"};

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startByThread = new HashMap<>();
    private final long startProcess;
    private final long startWall = System.nanoTime();

    CpuMeter() {
        startProcess = processCpuNanos();
        for (long id : threads.getAllThreadIds()) {
            startByThread.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
    }

    /**
     * Each component's CPU per {@code unit} in ms, and how many of the machine's CPUs the process
     * kept busy: {@code broker 3.1 ms, coordinator 2.0 ms, ... per job; process busy 1.6 of 2 CPUs}.
     */
    String perUnit(long units, String unit) {
        Map<String, Long> byComponent = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            byComponent.put(component, 0L);
        }
        long javaThreads = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long used = Math.max(0, threads.getThreadCpuTime(info.getThreadId()))
                    - startByThread.getOrDefault(info.getThreadId(), 0L);
            byComponent.merge(component(info.getThreadName()), used, Long::sum);
            javaThreads += used;
        }
        long process = processCpuNanos() - startProcess;
        byComponent.merge("JVM", Math.max(0, process - javaThreads), Long::sum);
        StringBuilder out = new StringBuilder();
        byComponent.forEach((name, nanos) -> out.append(name).append(' ').append(Report.ms(nanos / 1e6 / units)).append(", "));
        double busy = process / (double) (System.nanoTime() - startWall);
        return out.substring(0, out.length() - 2) + " per " + unit + "; process busy " + Report.decimal(busy)
                + " of " + Runtime.getRuntime().availableProcessors() + " CPUs";
    }

    private static String component(String thread) {
        if (thread.startsWith("sluice-batch") || thread.startsWith("sluice-poll") || thread.startsWith("sluice-timer")
                || thread.contains("| bench-worker") || thread.contains("| sluice-workers")) {
            return "workers";
        }
        if (thread.startsWith("sluice-") || thread.contains("| sluice-coordinator") || thread.contains("| producer-")
                || thread.startsWith("JettyServerThreadPool") || thread.startsWith("micrometer")) {
            return "coordinator";
        }
        if (thread.startsWith("bench-") || thread.startsWith("HttpClient") || thread.startsWith("pool-")
                || thread.equals("main")) {
            return "bench";
        }
        return "broker";
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
