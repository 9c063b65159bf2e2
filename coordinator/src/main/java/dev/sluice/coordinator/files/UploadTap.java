package dev.sluice.coordinator.files;

import dev.sluice.common.file.UploadObserver;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shows every byte of one upload, in order, to the SHA-256 digest and to the upload's observers. */
final class UploadTap {

    private final MessageDigest digest;
    private final List<UploadObserver> observers;

    UploadTap(List<UploadObserver> observers) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        this.observers = observers;
    }

    void bytes(byte[] chunk) {
        digest.update(chunk);
        for (UploadObserver observer : observers) {
            observer.bytes(chunk, 0, chunk.length);
        }
    }

    /** The SHA-256 of every byte seen, in lower-case hex; call once, at the end. */
    String checksum() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What the observers learned, merged; two observers that claim the same key are a bug. */
    Map<String, Object> index() {
        Map<String, Object> index = new LinkedHashMap<>();
        for (UploadObserver observer : observers) {
            observer.finish().forEach((key, value) -> {
                if (index.containsKey(key)) {
                    throw new IllegalStateException("two upload observers wrote the index key '" + key + "'");
                }
                index.put(key, value);
            });
        }
        return index;
    }
}
