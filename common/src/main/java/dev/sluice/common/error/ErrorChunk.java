package dev.sluice.common.error;

import java.util.List;

/**
 * Part of one batch attempt's failed records, as the errors topic carries them. A batch with many
 * failed records writes several chunks, so no message grows past the broker's limit.
 *
 * @param stage  where the records failed: the operation that ran the batch
 * @param chunks how many chunks this attempt of the batch wrote
 */
public record ErrorChunk(String jobId, int batch, int attempt, int chunk, int chunks, String stage,
                         List<RecordError> errors) {

    /** Failed records per chunk: small enough for a message, large enough to keep messages few. */
    public static final int MAX_ERRORS = 500;

    public ErrorChunk {
        errors = List.copyOf(errors);
    }

    /** This chunk's key on the errors topic. */
    public String key() {
        return ErrorKeys.key(jobId, batch, attempt, chunk);
    }
}
