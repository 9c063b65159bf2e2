package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.spi.BatchFailure;
import java.util.List;

/**
 * What the coordinator's validate planner gives the batch: the job's checks, read and checked there.
 *
 * @param file           the stored file to check
 * @param maxFileSize    the most bytes it may hold, or null for no limit
 * @param allowedTypes   the types ({@code csv}, {@code json}, {@code xlsx}) its content may be
 * @param scanForViruses whether the worker's virus scanner must pass it
 */
record ValidateInput(FileMeta file, Long maxFileSize, List<String> allowedTypes, boolean scanForViruses) {

    /** Checks what the types alone do not; a wrong input fails for good. */
    ValidateInput validated() throws BatchFailure {
        Inputs.require(file != null, "file", "is required");
        Inputs.require(maxFileSize == null || maxFileSize > 0, "maxFileSize", "must be positive, got " + maxFileSize);
        Inputs.require(allowedTypes != null && !allowedTypes.isEmpty(), "allowedTypes", "must name a type");
        for (String type : allowedTypes) {
            Inputs.require(TypeCheck.known(type), "allowedTypes", "names '" + type + "', which is not a type the "
                    + "sniffer tells");
        }
        return this;
    }
}
