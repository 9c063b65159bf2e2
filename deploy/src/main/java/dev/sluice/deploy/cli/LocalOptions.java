package dev.sluice.deploy.cli;

import dev.sluice.deploy.local.LocalSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code sluice dev} and {@code sluice demo}, which run everything in one process. */
public final class LocalOptions {

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port of the coordinator's HTTP API; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int httpPort;

    @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092",
            description = "Port of the embedded Kafka broker; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int kafkaPort;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep Kafka's data and the coordinator's stores in DIR across runs. "
                    + "Default: a temporary directory, deleted at exit.")
    Path dataDir;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "Workers to run in the default pool. Default: ${DEFAULT-VALUE}.")
    int workers;

    /** The options as settings; throws {@link IllegalArgumentException} naming a bad value. */
    public LocalSettings settings() {
        return new LocalSettings(httpPort, kafkaPort, dataDir, workers);
    }
}
