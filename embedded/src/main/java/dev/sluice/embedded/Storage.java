package dev.sluice.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/** Formats KRaft log directories, the in-process equivalent of {@code kafka-storage.sh format}. */
final class Storage {

    private Storage() {
    }

    /**
     * Formats the log directories with a new random cluster id unless the metadata log
     * directory already holds a {@code meta.properties}, in which case the existing data
     * (and its cluster id) is kept.
     */
    static void formatIfNeeded(KafkaConfig config) {
        if (Files.exists(Path.of(config.metadataLogDir(), "meta.properties"))) {
            return;
        }
        try {
            newFormatter(config).run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + config.logDirs(), e);
        }
    }

    /** Without {@code setReleaseVersion} the formatter picks the latest production metadata version. */
    private static Formatter newFormatter(KafkaConfig config) {
        List<String> controllerListeners = config.controllerListenerNames();
        return new Formatter()
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(config.nodeId())
                .setDirectories(config.logDirs())
                .setMetadataLogDirectory(config.metadataLogDir())
                .setControllerListenerName(controllerListeners.get(0))
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()));
    }
}
