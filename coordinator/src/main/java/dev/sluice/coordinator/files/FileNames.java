package dev.sluice.coordinator.files;

/** Checks the name an uploader gives a file: the last path segment, printable, at most 255 characters. */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The name without any directories; throws {@link IllegalArgumentException} saying what is wrong. */
    public static String clean(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a file name is required");
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a file name is required");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the file name is longer than " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the file name contains control characters");
        }
        return name;
    }
}
