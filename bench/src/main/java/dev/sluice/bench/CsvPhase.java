package dev.sluice.bench;

import dev.sluice.common.topic.Topics;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The CSV figures: a generated CSV uploaded, extracted and exported to JSON by a coordinator and
 * workers each in a JVM of its own ({@value ChildJvm#MAX_HEAP}), against one thread parsing and
 * writing the same file in this JVM; the CPU each process spent on each step, and the peak heap of
 * every process. The broker stays in this JVM. The coordinator and workers use topics and a Streams
 * application of their own, so that nothing from earlier phases is in their way. A smaller import
 * through the same JVMs first warms them up, as a long-running cluster is.
 */
final class CsvPhase {

    static final Topics TOPICS = new Topics("bench-csv");
    private static final String APPLICATION_ID = "bench-csv-coordinator";
    private static final int WARM_UP_SHARE = 20;
    /** How long the warm JVMs are watched doing nothing, for their idle CPU. */
    private static final long IDLE_MILLIS = 10_000;

    /** What the CSV phase measured; heap peaks of the children with the coordinator first. */
    record Figures(CsvFile csv, CsvImport.Result result, StepCpu cpu, long[] idlePerSecond, CsvLimit.Limit limit,
                   HeapMeter.Peak benchHeap, List<HeapMeter.Peak> childHeaps, double loadBefore, double loadAfter) {
    }

    /** The measured import, with the heap peaks from just before it to the end of its download. */
    private record Measured(CsvImport.Result result, StepCpu cpu, long[] idlePerSecond, HeapMeter.Peak benchHeap,
                            List<HeapMeter.Peak> childHeaps) {
    }

    private final BenchOptions options;
    private final String bootstrap;
    private final HeapMeter heap;

    CsvPhase(BenchOptions options, String bootstrap, HeapMeter heap) {
        this.options = options;
        this.bootstrap = bootstrap;
        this.heap = heap;
    }

    void run() throws Exception {
        double loadBefore = loadAverage();
        Report.note("csv: generating " + options.csvRows() + " rows");
        long start = System.nanoTime();
        try (CsvFile csv = CsvFile.generate(options.csvRows())) {
            Report.note("csv: " + Report.mb(csv.size()) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms; starting "
                    + "a coordinator JVM and " + options.workers() + " worker JVMs");
            try (ChildCluster cluster = ChildCluster.launch(bootstrap, options, TOPICS, APPLICATION_ID, "bench-csv-worker-")) {
                Measured measured = measure(csv, cluster);
                cluster.close();
                Report.note("csv: in-process limit, one thread: a warm-up, then 3 passes over the file");
                CsvLimit.Limit limit = CsvLimit.measure(csv);
                CsvReport.print(new Figures(csv, measured.result(), measured.cpu(), measured.idlePerSecond(), limit,
                        measured.benchHeap(),
                        measured.childHeaps(), loadBefore, loadAverage()));
            }
        }
    }

    /** A warm-up import, then the measured one. */
    private Measured measure(CsvFile csv, ChildCluster cluster) throws Exception {
        CsvImport api = new CsvImport(cluster.httpPort());
        long warmUpRows = Math.max(1, csv.rows() / WARM_UP_SHARE);
        Report.note("csv: warming the JVMs up with an import of " + warmUpRows + " rows");
        try (CsvFile small = CsvFile.generate(warmUpRows)) {
            api.run(small, cluster.stepCpu());
        }
        Report.note("csv: watching the JVMs idle for " + IDLE_MILLIS / 1000 + " s");
        StepCpu idle = cluster.stepCpu();
        Thread.sleep(IDLE_MILLIS);
        idle.endOf("idle");
        cluster.resetPeaks();
        heap.reset();
        StepCpu cpu = cluster.stepCpu();
        CsvImport.Result result = api.run(csv, cpu);
        return new Measured(result, cpu, idle.nanosPerSecond("idle"), heap.peak(), cluster.peaks());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
