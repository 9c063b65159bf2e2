package dev.sluice.deploy.cli;

import dev.sluice.deploy.client.CoordinatorApi;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that talks to a running coordinator; the connection is made by the function it is given. */
abstract class ClientCommand implements Callable<Integer> {

    @Mixin
    ApiOptions apiOptions;

    @Spec
    CommandSpec spec;

    private final Function<URI, CoordinatorApi> connect;

    ClientCommand(Function<URI, CoordinatorApi> connect) {
        this.connect = connect;
    }

    CoordinatorApi api() {
        URI api = apiOptions.api();
        if (!("http".equals(api.getScheme()) || "https".equals(api.getScheme())) || api.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--api must be an http(s) URL such as http://localhost:8080, got '" + api + "'");
        }
        return connect.apply(api);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
