package dev.sluice.deploy.local;

import dev.sluice.common.json.Json;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** What {@code sluice dev} prints once it is up: where everything is, and a job to try. */
public final class DevBanner {

    /** The address the client commands use when given none. */
    public static final String DEFAULT_API = "http://localhost:8080";

    private DevBanner() {
    }

    /**
     * @param temporary whether the data directory is deleted at shutdown
     */
    public static List<String> lines(URI api, String bootstrapServers, Path dataDir, boolean temporary, int workers) {
        String apiOption = api.toString().equals(DEFAULT_API) ? "" : " --api " + api;
        return List.of(
                "Sluice is running: Kafka, the coordinator and " + workers + " workers in this process.",
                "  API      " + api + "/api/v1/jobs",
                "  Events   " + api + "/api/v1/events",
                "  Metrics  " + api + "/metrics",
                "  Kafka    " + bootstrapServers,
                "  Data     " + dataDir + (temporary ? " (deleted at exit; keep it with --data-dir)" : ""),
                "Try:",
                "  curl -s -X POST " + api + "/api/v1/jobs -H 'Content-Type: application/json' \\",
                "       -d '" + Json.text(SampleJob.of(SampleJob.DEFAULT_RECORDS)) + "'",
                "  ./sluice watch" + apiOption + " JOB_ID",
                "Press Ctrl-C to stop.");
    }
}
