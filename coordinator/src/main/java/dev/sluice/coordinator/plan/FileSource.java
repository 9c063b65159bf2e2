package dev.sluice.coordinator.plan;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.PlanningContext;
import java.util.Map;

/**
 * The stored file a {@code file} job reads: its {@code source}, which must be an uploaded file. A
 * file still uploading has no meta yet, so it is unknown until its upload has finished.
 */
final class FileSource {

    private FileSource() {
    }

    static FileMeta file(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        String id = ConfigKeys.requiredSource(spec, "file");
        return context.file(id).orElseThrow(() -> new InvalidRequestException("source",
                "no file '" + id + "'; upload it first with POST /api/v1/files"));
    }

    /** The file as a task carries it: where its bytes are, without the index its planner used. */
    static Map<String, Object> asInput(FileMeta file) {
        FileMeta bare = new FileMeta(file.id(), file.name(), file.size(), file.checksum(), file.createdAt(),
                file.contentType(), file.partition(), file.chunkSize(), file.chunkOffsets(), Map.of());
        return Json.convert(bare, Map.class);
    }
}
