package dev.sluice.deploy.local;

import java.nio.file.Path;

/**
 * How to run a whole Sluice in one process, for {@code sluice dev} and {@code sluice demo}.
 *
 * @param httpPort  the coordinator's HTTP API; 0 picks a free port
 * @param kafkaPort the embedded broker's client port; 0 picks a free port
 * @param dataDir   where Kafka's logs ({@code kafka/}) and the coordinator's stores ({@code coordinator/})
 *                  live, kept across runs; null uses a temporary directory deleted at shutdown
 * @param workers   how many workers of the default pool to start; at least 1
 */
public record LocalSettings(int httpPort, int kafkaPort, Path dataDir, int workers) {

    /** Workers that {@code sluice dev} and {@code sluice demo} start. */
    public static final int DEFAULT_WORKERS = 2;

    public LocalSettings {
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort must be 0 (any free port) or 1-65535, got " + httpPort);
        }
        if (kafkaPort < 0 || kafkaPort > 65535) {
            throw new IllegalArgumentException("kafkaPort must be 0 (any free port) or 1-65535, got " + kafkaPort);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
    }
}
