package dev.sluice.deploy.cli;

import dev.sluice.deploy.client.JobSnapshot;
import dev.sluice.deploy.local.Demo;
import dev.sluice.deploy.local.SampleJob;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sluice demo}: everything in one process, one sample job with a progress bar, then exit. */
@Command(name = "demo", description = "Starts Kafka, a coordinator and workers in this process, runs a sample "
        + "job with a live progress bar, prints its result and stops. Exits 0 when the job completed.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    LocalOptions local;

    @Option(names = "--records", paramLabel = "N", defaultValue = "" + SampleJob.DEFAULT_RECORDS,
            description = "Records of the sample job. Default: ${DEFAULT-VALUE}.")
    long records;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (records < 1) {
            throw new ParameterException(spec.commandLine(), "--records must be at least 1, got " + records);
        }
        var demo = new Demo(Options.check(spec, local::settings), records, spec.commandLine().getOut(), Clock.systemUTC());
        JobSnapshot end = demo.run();
        return end.completed() ? 0 : 1;
    }
}
