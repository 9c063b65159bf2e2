package dev.sluice.it;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/**
 * A large CSV-like body made on the fly, so that a test can upload hundreds of megabytes without
 * holding them. It hashes what it hands out and reports its progress every {@code every} bytes.
 */
final class GeneratedBody extends InputStream {

    private final long size;
    private final long every;
    private final LongConsumer progress;
    private final MessageDigest digest;
    private final byte[] line = new byte[64];
    private int lineLength;
    private int linePosition;
    private long served;
    private long nextReport;
    private long state = 0x9E3779B97F4A7C15L;
    private String checksum;

    GeneratedBody(long size, long every, LongConsumer progress) {
        this.size = size;
        this.every = every;
        this.progress = progress;
        this.nextReport = every;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        if (served == size) {
            return -1;
        }
        int n = (int) Math.min(len, size - served);
        for (int i = 0; i < n; i++) {
            if (linePosition == lineLength) {
                nextLine();
            }
            buf[off + i] = line[linePosition++];
        }
        digest.update(buf, off, n);
        served += n;
        while (served >= nextReport) {
            progress.accept(served);
            nextReport += every;
        }
        return n;
    }

    /** The SHA-256 of the whole body, in hex; ask once the body has been read to its end. */
    String sha256() {
        if (served != size) {
            throw new IllegalStateException("the body was read only to byte " + served + " of " + size);
        }
        if (checksum == null) {
            checksum = HexFormat.of().formatHex(digest.digest());
        }
        return checksum;
    }

    private void nextLine() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        String text = (served == 0 ? "id,amount,code\n" : "") + Long.toUnsignedString(state % 1_000_000_000L)
                + "," + (state >>> 40) + ",c" + Long.toHexString(state & 0xFFFF) + "\n";
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, line, 0, bytes.length);
        lineLength = bytes.length;
        linePosition = 0;
    }
}
