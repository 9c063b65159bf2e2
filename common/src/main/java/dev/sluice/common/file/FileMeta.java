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
 * @param parts        for a file written in parts by several batches (an export): its pieces in order, and
 *                     then {@code chunkOffsets} is empty, {@code size} is theirs together and {@code checksum}
 *                     is {@link FilePart#checksumOf} them; empty for a file written in one go
 */
public record FileMeta(String id, String name, long size, String checksum, Instant createdAt, String contentType,
                       int partition, int chunkSize, List<Long> chunkOffsets, Map<String, Object> index,
                       List<FilePart> parts) {

    /** The {@link #checksumAlgorithm()} of a file written in one go. */
    public static final String SHA_256 = "sha-256";
    /** The {@link #checksumAlgorithm()} of a file in parts: SHA-256 of the parts' SHA-256 digests. */
    public static final String SHA_256_OF_PARTS = "sha-256-of-parts";

    public FileMeta {
        require(id != null && !id.isBlank(), "id is required");
        require(name != null && !name.isBlank(), "name is required");
        require(checksum != null && checksum.matches("[0-9a-f]{64}"), "checksum must be SHA-256 in lower-case hex");
        require(createdAt != null, "createdAt is required");
        require(contentType != null, "contentType is required");
        require(partition >= 0, "partition must not be negative");
        chunkOffsets = List.copyOf(chunkOffsets);
        parts = parts == null ? List.of() : List.copyOf(parts);
        if (parts.isEmpty()) {
            int expected = new ChunkLayout(size, chunkSize).chunkCount();
            require(chunkOffsets.size() == expected, "a file of " + size + " bytes in chunks of " + chunkSize + " has "
                    + expected + " chunks, not " + chunkOffsets.size());
        } else {
            require(chunkOffsets.isEmpty(), "a file in parts has its chunks in its parts");
            require(size == parts.stream().mapToLong(FilePart::size).sum(), "a file in parts is as long as its parts");
            for (FilePart part : parts) {
                require(part.text() != null || part.chunkOffsets().size() == new ChunkLayout(part.size(), chunkSize).chunkCount(),
                        "a part of " + part.size() + " bytes has " + part.chunkOffsets().size() + " chunks");
            }
        }
        index = index == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(index));
    }

    /** A file written in one go. */
    public FileMeta(String id, String name, long size, String checksum, Instant createdAt, String contentType,
                    int partition, int chunkSize, List<Long> chunkOffsets, Map<String, Object> index) {
        this(id, name, size, checksum, createdAt, contentType, partition, chunkSize, chunkOffsets, index, List.of());
    }

    /** {@link #SHA_256}, or {@link #SHA_256_OF_PARTS} for a file in parts. */
    public String checksumAlgorithm() {
        return parts.isEmpty() ? SHA_256 : SHA_256_OF_PARTS;
    }

    /** A part of chunks as a file of its own, to read it with the tools for whole files. */
    FileMeta partAsFile(FilePart part) {
        return new FileMeta(id, name, part.size(), part.checksum(), createdAt, contentType, partition, chunkSize,
                part.chunkOffsets(), Map.of());
    }

    /** How the file is cut into chunks; a file in parts has a layout per part instead. */
    public ChunkLayout layout() {
        if (!parts.isEmpty()) {
            throw new IllegalStateException("file " + id + " is in parts; each has its own chunks");
        }
        return new ChunkLayout(size, chunkSize);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
