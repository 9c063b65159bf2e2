package dev.sluice.deploy.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** {@code --api}: where the client commands find the coordinator. */
public final class ApiOptions {

    @Option(names = "--api", paramLabel = "URL", defaultValue = "${env:SLUICE_API:-http://localhost:8080}",
            description = "The coordinator's HTTP API; default $SLUICE_API, else http://localhost:8080.")
    URI api;

    public URI api() {
        return api;
    }
}
