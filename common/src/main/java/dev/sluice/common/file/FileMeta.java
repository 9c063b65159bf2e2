package dev.sluice.common.file;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored file: what the API shows of it, and where its bytes are. The bytes are chunk records
 * on the files topic, all in one partition because they share the file id as key; the meta is the
 * value of the file id on the compacted file-meta topic.
 *
 * @param id           {@code file_} and a time-ordered hex id
 * @param name         the name the uploader gave, without any path
 * @param size         length in bytes
 * @param checksum     SHA-256 of the bytes, lower-case hex
 * @param createdAt    when the upload started
 * @param contentType  guessed from the first bytes, see {@link ContentSniffer}
 * @param partition    the files topic's partition that holds every chunk
 * @param chunkSize    length of every chunk but the last, in bytes
 * @param chunkOffsets the Kafka offset of each chunk, in chunk order
 * @param index        what {@link UploadObserver}s learned during the upload; empty when none ran
 */
public record FileMeta(String id, String name, long size, String checksum, Instant createdAt, String contentType,
                       int partition, int chunkSize, List<Long> chunkOffsets, Map<String, Object> index) {

    public FileMeta {
        require(id != null && !id.isBlank(), "id is required");
        require(name != null && !name.isBlank(), "name is required");
        require(checksum != null && checksum.matches("[0-9a-f]{64}"), "checksum must be SHA-256 in lower-case hex");
        require(createdAt != null, "createdAt is required");
        require(contentType != null, "contentType is required");
        require(partition >= 0, "partition must not be negative");
        chunkOffsets = List.copyOf(chunkOffsets);
        int expected = new ChunkLayout(size, chunkSize).chunkCount();
        require(chunkOffsets.size() == expected,
                "a file of " + size + " bytes in chunks of " + chunkSize + " has " + expected + " chunks, not " + chunkOffsets.size());
        index = index == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(index));
    }

    /** How the file is cut into chunks. */
    public ChunkLayout layout() {
        return new ChunkLayout(size, chunkSize);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
