package dev.sluice.deploy.cli;

import dev.sluice.deploy.local.Dev;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sluice dev}: everything in one process, serving until Ctrl-C. */
@Command(name = "dev", description = "Starts Kafka, a coordinator and workers in this process, prints where "
        + "they are, and serves until Ctrl-C.")
public final class DevCommand implements Callable<Integer> {

    @Mixin
    LocalOptions local;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EnrichmentSetting.check();
        new Dev(Options.check(spec, local::settings), spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        return 0;
    }
}
