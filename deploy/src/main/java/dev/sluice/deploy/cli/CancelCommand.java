package dev.sluice.deploy.cli;

import dev.sluice.deploy.client.CoordinatorApi;
import dev.sluice.deploy.client.JobSnapshot;
import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sluice cancel ID}: stops a job and its running batches. */
@Command(name = "cancel", description = "Cancels a job that has not finished; its running batches stop.")
public final class CancelCommand extends ClientCommand {

    @Parameters(paramLabel = "ID", description = "The job's id.")
    String id;

    public CancelCommand(Function<URI, CoordinatorApi> connect) {
        super(connect);
    }

    @Override
    public Integer call() {
        JobSnapshot job = JobSnapshot.of(api().cancel(id));
        out().println(job.terminal()
                ? "job " + id + " is " + job.status()
                : "asked job " + id + " to cancel; it is " + job.status() + " until its running batches stop");
        return 0;
    }
}
