package dev.sluice.deploy.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the {@code sluice} command tree. */
@Command(name = "sluice", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Sluice: a distributed job system on Kafka.",
        subcommands = {
                DemoCommand.class, DevCommand.class, CoordinatorCommand.class, WorkerCommand.class,
                SubmitCommand.class, StatusCommand.class, WatchCommand.class, CancelCommand.class, RetryCommand.class,
                ResultCommand.class, UploadCommand.class, RecordsCommand.class, CommandLine.HelpCommand.class})
public final class SluiceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
