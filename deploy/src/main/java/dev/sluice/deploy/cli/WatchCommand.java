package dev.sluice.deploy.cli;

import dev.sluice.deploy.client.CoordinatorApi;
import dev.sluice.deploy.client.JobSnapshot;
import dev.sluice.deploy.client.JobWatcher;
import dev.sluice.deploy.console.ProgressLine;
import java.net.URI;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sluice watch ID}: a live progress bar until the job ends. */
@Command(name = "watch", description = "Shows a job's progress live until it ends. "
        + "Exits 0 when it completed, 1 when it failed or was canceled.")
public final class WatchCommand extends ClientCommand {

    @Parameters(paramLabel = "ID", description = "The job's id.")
    String id;

    public WatchCommand(Function<URI, CoordinatorApi> connect) {
        super(connect);
    }

    @Override
    public Integer call() throws InterruptedException {
        ProgressLine line = ProgressLine.on(out(), Clock.systemUTC());
        JobSnapshot end = new JobWatcher(api()).watch(id, line::update);
        line.finish(end);
        return end.completed() ? 0 : 1;
    }
}
