package dev.sluice.deploy.cli;

import dev.sluice.deploy.client.JobsApi;
import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine;

/** Creates the commands, handing the client commands their way to the coordinator. */
public final class CommandFactory implements CommandLine.IFactory {

    private final Function<URI, JobsApi> connect;

    public CommandFactory(Function<URI, JobsApi> connect) {
        this.connect = connect;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (ClientCommand.class.isAssignableFrom(type)) {
            return type.getConstructor(Function.class).newInstance(connect);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
