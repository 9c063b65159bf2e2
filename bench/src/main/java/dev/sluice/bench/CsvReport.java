package dev.sluice.bench;

/** The CSV phase's rows of the table. */
final class CsvReport {

    private CsvReport() {
    }

    static void print(CsvPhase.Figures figures) {
        CsvFile csv = figures.csv();
        CsvImport.Result result = figures.result();
        long rows = csv.rows();
        double endToEnd = perSecond(rows, result.endToEndNanos());
        double cpuPerRow = figures.cpu().totalNanos() / (double) rows;
        Report.row("csv " + Report.count(rows) + " rows x " + CsvFile.COLUMNS.size() + " cols (" + Report.mb(csv.size()) + ")",
                "upload " + Report.mb(Math.round(perSecond(csv.size(), result.uploadNanos()))) + "/s ("
                        + Report.rate(perSecond(rows, result.uploadNanos())) + " rows/s)   extract "
                        + Report.rate(perSecond(rows, result.extract().toNanos())) + " rows/s   export "
                        + Report.rate(perSecond(rows, result.export().toNanos())) + " rows/s   end to end "
                        + Report.rate(endToEnd) + " rows/s");
        Report.row("  in-process limit (parse+write)", Report.rate(figures.limit().rowsPerSecond()) + " rows/s   ratio "
                + Report.percent(endToEnd / figures.limit().rowsPerSecond()) + " (aim: at least 30%)");
        Report.row("  steps", "upload " + seconds(result.uploadNanos()) + ", extract " + seconds(result.extract().toNanos())
                + ", export " + seconds(result.export().toNanos()) + ", end to end " + seconds(result.endToEndNanos())
                + "; download " + seconds(result.download().nanos()) + " (" + Report.mb(result.download().bytes()) + " JSON, "
                + result.download().elements() + " elements counted)");
        Report.row("  CPU ms per 1k rows", figures.cpu().perUnit(Math.max(1, rows / 1000)));
        Report.row("  CPU per row, all steps", Report.decimal(cpuPerRow / 1000) + " µs; in-process limit "
                + Report.decimal(figures.limit().cpuNanosPerRow() / 1000) + " µs, ratio "
                + Report.percent(figures.limit().cpuNanosPerRow() / cpuPerRow));
        Report.row("  idle CPU, ms per s", StepCpu.perSecond(figures.idlePerSecond()) + " (the JVMs warm, no job running)");
        Report.row("  CPU per row beyond idle", Report.decimal(figures.cpu().totalNanosBeyond(figures.idlePerSecond())
                / (double) rows / 1000) + " µs (all steps, less each process's idle CPU for as long)");
        Report.row("  peak heap (" + ChildJvm.MAX_HEAP + ")", childHeaps(figures));
        Report.row("  peak heap, bench JVM (broker)", heap(figures.benchHeap()));
        Report.row("  load average", Report.decimal(figures.loadBefore()) + " before the phase, "
                + Report.decimal(figures.loadAfter()) + " after (1 min, " + Runtime.getRuntime().availableProcessors() + " CPUs)");
    }

    private static String childHeaps(CsvPhase.Figures figures) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < figures.childHeaps().size(); i++) {
            out.append(i == 0 ? "coordinator " : ", worker " + i + " ").append(heap(figures.childHeaps().get(i)));
        }
        return out.toString();
    }

    private static String heap(HeapMeter.Peak peak) {
        return Report.mb(peak.used()) + " (" + Report.mb(peak.afterGc()) + " after GC)";
    }

    private static double perSecond(double amount, long nanos) {
        return amount / (nanos / 1e9);
    }

    private static String seconds(long nanos) {
        return Report.decimal(nanos / 1e9) + " s";
    }
}
