package dev.sluice.coordinator.files;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** File ids: {@code file_}, the creation time and randomness in hex, so that ids sort by age like job ids. */
public final class FileIds {

    private static final String VALID = "file_[0-9a-f]{28}";

    private FileIds() {
    }

    public static String fresh(Instant now) {
        return String.format("file_%012x%016x", now.toEpochMilli(), ThreadLocalRandom.current().nextLong());
    }

    /** The id of a file a job writes: always the same for the same job, so a re-run overwrites it. */
    public static String forJob(String jobId) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("file-of:" + jobId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "file_" + java.util.HexFormat.of().formatHex(digest, 0, 14);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** True when {@code id} has the shape of a file id; anything else cannot name a stored file. */
    public static boolean valid(String id) {
        return id != null && id.matches(VALID);
    }
}
