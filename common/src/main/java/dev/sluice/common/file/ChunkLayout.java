package dev.sluice.common.file;

/**
 * How a file of {@code size} bytes is cut into chunks of {@code chunkSize} bytes: every chunk is
 * full but the last, and an empty file has no chunk.
 *
 * @param size      the file's length in bytes
 * @param chunkSize the length of a full chunk in bytes
 */
public record ChunkLayout(long size, int chunkSize) {

    public ChunkLayout {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive: " + chunkSize);
        }
        if ((size + chunkSize - 1) / chunkSize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a file of " + size + " bytes has too many chunks of " + chunkSize);
        }
    }

    public int chunkCount() {
        return (int) ((size + chunkSize - 1) / chunkSize);
    }

    /** The index of the chunk that holds the byte at {@code position}. */
    public int chunkOf(long position) {
        return (int) (position / chunkSize);
    }

    /** The position in the file of the first byte of chunk {@code index}. */
    public long chunkStart(int index) {
        return (long) index * chunkSize;
    }

    /** The length of chunk {@code index}: {@code chunkSize}, or less for the last one. */
    public int chunkLength(int index) {
        if (index < 0 || index >= chunkCount()) {
            throw new IndexOutOfBoundsException("chunk " + index + " of " + chunkCount());
        }
        return (int) Math.min(chunkSize, size - chunkStart(index));
    }

    /** The chunks that hold the bytes of {@code [start, end)}; none when the range is empty. */
    public Chunks covering(long start, long end) {
        if (start < 0 || end < start || end > size) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is not within a file of " + size + " bytes");
        }
        if (start == end) {
            return new Chunks(0, 0);
        }
        return new Chunks(chunkOf(start), chunkOf(end - 1) + 1);
    }

    /**
     * A run of chunk indices.
     *
     * @param first the first index
     * @param end   one past the last index; equal to {@code first} when the run is empty
     */
    public record Chunks(int first, int end) {

        public int count() {
            return end - first;
        }
    }
}
