package dev.sluice.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;

import dev.sluice.deploy.client.CoordinatorApi;
import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sluice retry ID}: retries a failed or canceled job as a new job that reruns what did not finish. */
@Command(name = "retry", description = "Retries a failed or canceled job as a new job, linked to it, that runs only what did not finish.")
public final class RetryCommand extends ClientCommand {

    @Parameters(paramLabel = "ID", description = "The job's id.")
    String id;

    public RetryCommand(Function<URI, CoordinatorApi> connect) {
        super(connect);
    }

    @Override
    public Integer call() {
        JsonNode retry = api().retry(id);
        out().println("retrying job " + id + " as " + retry.path("id").asText() + " (" + retry.path("status").asText()
                + "); follow it with: sluice watch " + retry.path("id").asText());
        return 0;
    }
}
