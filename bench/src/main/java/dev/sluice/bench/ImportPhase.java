package dev.sluice.bench;

import dev.sluice.common.topic.Topics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Issue 6's benchmark: the full import of a generated CSV (the CSV phase's rows plus a phone column)
 * by a coordinator and workers in JVMs of their own, a job at a time, against one thread doing the
 * same steps in this JVM ({@link ImportLimit}). Its own topics and Streams application, as the CSV
 * phase has; a smaller import first warms the JVMs up.
 */
final class ImportPhase {

    private static final Topics TOPICS = new Topics("bench-import");
    private static final String APPLICATION_ID = "bench-import-coordinator";
    private static final int WARM_UP_SHARE = 20;

    private final BenchOptions options;
    private final String bootstrap;

    ImportPhase(BenchOptions options, String bootstrap) {
        this.options = options;
        this.bootstrap = bootstrap;
    }

    void run() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Report.note("import: generating " + options.importRows() + " rows");
        try (CsvFile csv = ImportFile.generate(options.importRows())) {
            try (ChildCluster cluster = ChildCluster.launch(bootstrap, options, TOPICS, APPLICATION_ID,
                    "bench-import-worker-")) {
                ImportRun api = new ImportRun(cluster.httpPort());
                long warmUpRows = Math.max(1, csv.rows() / WARM_UP_SHARE);
                Report.note("import: warming the JVMs up with an import of " + warmUpRows + " rows");
                try (CsvFile small = ImportFile.generate(warmUpRows)) {
                    api.run(small, cluster.stepCpu());
                }
                cluster.resetPeaks();
                StepCpu cpu = cluster.stepCpu();
                ImportRun.Result result = api.run(csv, cpu);
                List<HeapMeter.Peak> peaks = cluster.peaks();
                cluster.close();
                Report.note("import: in-process limit, one thread: a warm-up, then 3 passes over the file");
                CsvLimit.Limit limit = ImportLimit.measure(csv);
                print(csv, result, cpu, limit, peaks, loadBefore);
            }
        }
    }

    private static void print(CsvFile csv, ImportRun.Result result, StepCpu cpu, CsvLimit.Limit limit,
                              List<HeapMeter.Peak> peaks, double loadBefore) {
        long rows = csv.rows();
        double endToEnd = rows / (result.endToEndNanos() / 1e9);
        StringBuilder steps = new StringBuilder("upload " + Report.rate(rows / (result.uploadNanos() / 1e9)) + " rows/s");
        for (Map.Entry<String, Duration> step : result.steps().entrySet()) {
            steps.append("   ").append(step.getKey()).append(' ')
                    .append(Report.rate(rows / (step.getValue().toNanos() / 1e9))).append(" rows/s");
        }
        Report.row("import " + Report.count(rows) + " rows x " + ImportFile.COLUMNS.size() + " cols ("
                + Report.mb(csv.size()) + ")", steps + "   end to end " + Report.rate(endToEnd) + " rows/s");
        Report.row("  in-process limit (parse+map+validate+transform+write)", Report.rate(limit.rowsPerSecond())
                + " rows/s   ratio " + Report.percent(endToEnd / limit.rowsPerSecond()) + " (aim: at least 30%)");
        StringBuilder seconds = new StringBuilder("upload " + Report.decimal(result.uploadNanos() / 1e9) + " s");
        result.steps().forEach((name, took) -> seconds.append(", ").append(name).append(' ')
                .append(Report.decimal(took.toMillis() / 1e3)).append(" s"));
        Report.row("  steps", seconds + ", end to end " + Report.decimal(result.endToEndNanos() / 1e9) + " s; "
                + result.invalid() + " invalid, " + result.exported() + " exported");
        Report.row("  CPU ms per 1k rows", cpu.perUnit(Math.max(1, rows / 1000)));
        double cpuPerRow = cpu.totalNanos() / (double) rows;
        Report.row("  CPU per row, all steps", Report.decimal(cpuPerRow / 1000) + " µs; in-process limit "
                + Report.decimal(limit.cpuNanosPerRow() / 1000) + " µs, ratio "
                + Report.percent(limit.cpuNanosPerRow() / cpuPerRow));
        StringBuilder heaps = new StringBuilder();
        for (int i = 0; i < peaks.size(); i++) {
            heaps.append(i == 0 ? "coordinator " : ", worker " + i + " ").append(Report.mb(peaks.get(i).used()))
                    .append(" (").append(Report.mb(peaks.get(i).afterGc())).append(" after GC)");
        }
        Report.row("  peak heap (" + ChildJvm.MAX_HEAP + ")", heaps.toString());
        Report.row("  load average", Report.decimal(loadBefore) + " before the phase, "
                + Report.decimal(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + " after");
    }
}
