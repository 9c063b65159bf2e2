package dev.sluice.deploy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.CoordinatorApi;
import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sluice result ID}: a finished job's result as JSON. */
@Command(name = "result", description = "Prints a finished job's result (recordCount, errorCount, duration, data, fileUrl) as JSON.")
public final class ResultCommand extends ClientCommand {

    @Parameters(paramLabel = "ID", description = "The job's id.")
    String id;

    public ResultCommand(Function<URI, CoordinatorApi> connect) {
        super(connect);
    }

    @Override
    public Integer call() throws JsonProcessingException {
        out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(api().result(id)));
        return 0;
    }
}
