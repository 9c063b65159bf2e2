package dev.sluice.deploy.cli;

import dev.sluice.deploy.client.CoordinatorApi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line as {@code Main} does, with a given API behind the client commands, and keeps what it printed. */
final class CliRun {

    /** What a run left behind. */
    record Result(int exitCode, String out, String err, List<URI> connectedTo) {
    }

    private CliRun() {
    }

    static Result run(CoordinatorApi api, String... args) {
        List<URI> connectedTo = new ArrayList<>();
        CommandLine cli = ErrorHandlers.install(new CommandLine(SluiceCommand.class, new CommandFactory(uri -> {
            connectedTo.add(uri);
            return api;
        })));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString(), connectedTo);
    }

    /** Parses without running, and returns the chosen subcommand's object. */
    @SuppressWarnings("unchecked")
    static <T> T parse(String... args) {
        CommandLine cli = new CommandLine(SluiceCommand.class, new CommandFactory(uri -> null));
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        return (T) parsed.subcommand().commandSpec().userObject();
    }
}
