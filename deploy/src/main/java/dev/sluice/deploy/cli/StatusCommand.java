package dev.sluice.deploy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.CoordinatorApi;
import dev.sluice.deploy.client.JobSnapshot;
import dev.sluice.deploy.console.JobDescription;
import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sluice status ID}: a job's key fields, or its JSON. */
@Command(name = "status", description = "Shows a job: status, progress, counts and times.")
public final class StatusCommand extends ClientCommand {

    @Parameters(paramLabel = "ID", description = "The job's id.")
    String id;

    @Option(names = "--json", description = "Print the job as the API returns it.")
    boolean json;

    public StatusCommand(Function<URI, CoordinatorApi> connect) {
        super(connect);
    }

    @Override
    public Integer call() throws JsonProcessingException {
        JsonNode job = api().job(id);
        if (json) {
            out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(job));
        } else {
            JobDescription.lines(JobSnapshot.of(job)).forEach(out()::println);
        }
        return 0;
    }
}
