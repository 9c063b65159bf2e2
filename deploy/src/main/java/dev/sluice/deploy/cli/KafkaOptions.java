package dev.sluice.deploy.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --bootstrap-servers}: the Kafka cluster a coordinator or worker joins. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT]",
            defaultValue = "${env:SLUICE_BOOTSTRAP_SERVERS}",
            description = "Kafka's bootstrap servers; required, unless $SLUICE_BOOTSTRAP_SERVERS is set.")
    String bootstrapServers;

    /** The bootstrap servers; a usage error when neither the option nor the variable gave them. */
    String required(CommandSpec spec) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required option: '--bootstrap-servers=HOST:PORT' (or set SLUICE_BOOTSTRAP_SERVERS)");
        }
        return bootstrapServers.trim();
    }
}
