package dev.sluice.deploy.cli;

import dev.sluice.deploy.client.CoordinatorApi;
import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine;

/** Creates the commands, handing the client commands their way to the coordinator. */
public final class CommandFactory implements CommandLine.IFactory {

    private final Function<URI, CoordinatorApi> connect;

    public CommandFactory(Function<URI, CoordinatorApi> connect) {
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
