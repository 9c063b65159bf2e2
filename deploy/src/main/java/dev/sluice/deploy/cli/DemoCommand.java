package dev.sluice.deploy.cli;

import dev.sluice.deploy.local.Demo;
import dev.sluice.deploy.local.DemoCsv;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sluice demo}: everything in one process, a CSV import with a progress bar per job, then exit. */
@Command(name = "demo", description = "Starts Kafka, a coordinator and workers in this process, uploads a "
        + "generated customers.csv, extracts it into a workbook and exports that as JSON, with a live progress "
        + "bar per job; shows the workbook, records, results and the exported file, and stops. "
        + "Exits 0 when every job completed.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    LocalOptions local;

    @Option(names = "--records", paramLabel = "N", defaultValue = "" + DemoCsv.DEFAULT_ROWS,
            description = "Rows of the generated customers.csv; one in 500 is ragged. Default: ${DEFAULT-VALUE}.")
    int records;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (records < 1) {
            throw new ParameterException(spec.commandLine(), "--records must be at least 1, got " + records);
        }
        var demo = new Demo(Options.check(spec, local::settings), new DemoCsv(records), spec.commandLine().getOut(),
                Clock.systemUTC());
        return demo.run() ? 0 : 1;
    }
}
