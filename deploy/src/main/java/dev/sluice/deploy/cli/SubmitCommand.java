package dev.sluice.deploy.cli;

import dev.sluice.deploy.client.CoordinatorApi;
import dev.sluice.deploy.client.JobsApi;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sluice submit job.json}: creates a job and prints its id and status. */
@Command(name = "submit", description = "Creates a job from a JSON file holding the job guide's create body "
        + "(type, operation, source, config, options) and prints its id and status.")
public final class SubmitCommand extends ClientCommand {

    @Parameters(paramLabel = "FILE", description = "The job as JSON; - reads standard input.")
    String file;

    @Option(names = {"-q", "--quiet"}, description = "Print only the job's id.")
    boolean quiet;

    private final InputStream stdin;

    public SubmitCommand(Function<URI, CoordinatorApi> connect) {
        this(connect, System.in);
    }

    SubmitCommand(Function<URI, CoordinatorApi> connect, InputStream stdin) {
        super(connect);
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        JobsApi.Submission submitted = api().submit(JobFiles.read(file, stdin));
        String status = submitted.body().path("status").asText();
        out().println(quiet ? submitted.id() : switch (submitted.outcome()) {
            case CREATED -> "created job " + submitted.id() + " (" + status + ")";
            case EXISTING -> "job " + submitted.id() + " already exists with this idempotencyKey (" + status + ")";
            case ACCEPTED -> "accepted job " + submitted.id() + "; the coordinator has not confirmed it yet";
        });
        return 0;
    }
}
