package dev.sluice.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.CoordinatorApi;
import dev.sluice.deploy.client.DataApi;
import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code sluice records SHEET_ID}: a sheet's records as JSON lines. */
@Command(name = "records", description = "Prints a sheet's records in row order, one JSON object a line: "
        + "{id, row, values, valid, messages}.")
public final class RecordsCommand extends ClientCommand {

    @Parameters(paramLabel = "SHEET_ID", description = "The sheet's id, such as an extract job's output.sheetId.")
    String sheetId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Records to print at most, read in pages of up to " + DataApi.MAX_PAGE + ". Default: ${DEFAULT-VALUE}.")
    long limit;

    public RecordsCommand(Function<URI, CoordinatorApi> connect) {
        super(connect);
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        CoordinatorApi api = api();
        long left = limit;
        String cursor = null;
        do {
            JsonNode page = api.records(sheetId, (int) Math.min(left, DataApi.MAX_PAGE), cursor);
            JsonNode items = page.path("items");
            for (int i = 0; i < items.size() && left > 0; i++, left--) {
                out().println(Json.text(items.get(i)));
            }
            // An empty page ends the loop even with a cursor, so a coordinator that misbehaves cannot make it spin.
            cursor = items.isEmpty() || !page.path("nextCursor").isTextual() ? null : page.path("nextCursor").asText();
        } while (left > 0 && cursor != null);
        out().flush();
        return 0;
    }
}
