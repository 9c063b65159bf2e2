package dev.sluice.coordinator.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Job ids. A fresh id starts with its creation time so that ids sort by age; an id derived from
 * an idempotency key is the same every time, so a retried request finds the job it made before.
 */
public final class JobIds {

    private static final String VALID = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}";

    private JobIds() {
    }

    public static String fresh(Instant now) {
        long random = ThreadLocalRandom.current().nextLong();
        return String.format("job_%012x%016x", now.toEpochMilli(), random);
    }

    public static String forIdempotencyKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "job_k" + HexFormat.of().formatHex(digest, 0, 14);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** True when a producer's message key can serve as a job id. */
    public static boolean valid(String id) {
        return id != null && id.matches(VALID);
    }
}
