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

    /** True when {@code id} has the shape of a file id; anything else cannot name a stored file. */
    public static boolean valid(String id) {
        return id != null && id.matches(VALID);
    }
}
