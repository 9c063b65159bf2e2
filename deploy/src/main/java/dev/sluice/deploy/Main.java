package dev.sluice.deploy;

import dev.sluice.deploy.cli.CommandFactory;
import dev.sluice.deploy.cli.ErrorHandlers;
import dev.sluice.deploy.cli.SluiceCommand;
import dev.sluice.deploy.client.ApiClient;
import picocli.CommandLine;

/** The {@code sluice} command line: {@code sluice demo}, {@code sluice worker ...}, {@code sluice submit job.json}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Exit explicitly: a role stopped by a signal, or a library thread that is not a daemon,
        // must not keep the JVM alive once the command is done.
        System.exit(commandLine().execute(args));
    }

    /** The command tree with the real coordinator client and the one-line error handlers. */
    public static CommandLine commandLine() {
        return ErrorHandlers.install(new CommandLine(SluiceCommand.class, new CommandFactory(ApiClient::new)));
    }
}
