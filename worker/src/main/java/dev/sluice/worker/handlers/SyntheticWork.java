package dev.sluice.worker.handlers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The work of one synthetic record: build the record from its index, hash it with SHA-256, and
 * keep re-hashing the digest until {@code workMicros} of CPU time are spent. Not thread-safe; one
 * per batch.
 */
final class SyntheticWork {

    private static final String[] CITIES = {"Lisbon", "Oslo", "Lagos", "Lima", "Pune", "Perth", "Quebec", "Seoul"};

    private final MessageDigest sha256;
    private final long workNanos;

    SyntheticWork(long workMicros) {
        this.workNanos = workMicros * 1_000;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Generates and processes record {@code index}; returns the first 8 bytes of its final digest. */
    long process(long index) {
        long deadline = workNanos > 0 ? System.nanoTime() + workNanos : 0;
        byte[] digest = sha256.digest(record(index));
        while (workNanos > 0 && System.nanoTime() < deadline) {
            digest = sha256.digest(digest);
        }
        return leading(digest);
    }

    /** The record as a line of text: an id and fields derived from the index. */
    static byte[] record(long index) {
        String line = "id=rec-" + index
                + ";name=Customer " + Long.toString(index, 36)
                + ";email=customer" + index + "@example.com"
                + ";city=" + CITIES[(int) (index % CITIES.length)]
                + ";amount=" + (index * 7919 % 100_000) / 100.0;
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private static long leading(byte[] digest) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return value;
    }
}
