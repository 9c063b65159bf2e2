package dev.sluice.common.file;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One piece of a file written in parts (see {@link FileMeta#parts()}): either a run of chunks on the
 * files topic, written by one batch, or a few bytes of text kept in the meta itself, such as the
 * brackets and commas that join the parts of a JSON array.
 *
 * @param size         its length in bytes
 * @param checksum     SHA-256 of its bytes, lower-case hex
 * @param chunkOffsets where its chunks are, in order, in the file's partition; every chunk full but the last
 * @param text         the bytes themselves, as UTF-8 text, for a piece without chunks; null otherwise
 */
public record FilePart(long size, String checksum, List<Long> chunkOffsets, String text) {

    public FilePart {
        chunkOffsets = chunkOffsets == null ? List.of() : List.copyOf(chunkOffsets);
        if (size < 0 || checksum == null || !checksum.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a file part needs a size and a SHA-256 checksum");
        }
        if (text != null && (!chunkOffsets.isEmpty() || text.getBytes(StandardCharsets.UTF_8).length != size)) {
            throw new IllegalArgumentException("a part of text has no chunks and is as long as its text");
        }
    }

    /** A piece of text kept in the meta. */
    public static FilePart text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new FilePart(bytes.length, HexFormat.of().formatHex(sha256().digest(bytes)), List.of(), text);
    }

    /** The chunks one writer stored: a whole file's worth, without a meta of its own. */
    public static FilePart of(FileMeta written) {
        return new FilePart(written.size(), written.checksum(), written.chunkOffsets(), null);
    }

    /**
     * The checksum of a file in parts: SHA-256 over the parts' SHA-256 digests (32 bytes each), in
     * order; a reader checks each part's bytes against its own checksum, then this.
     */
    public static String checksumOf(List<FilePart> parts) {
        MessageDigest digest = sha256();
        for (FilePart part : parts) {
            digest.update(HexFormat.of().parseHex(part.checksum()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
