package dev.sluice.formats.sniff;

/** The kinds of file Sluice imports, by the names a job's {@code allowedTypes} uses. */
public enum FileType {
    CSV("csv"), JSON("json"), XLSX("xlsx"), UNKNOWN("unknown");

    private final String wireName;

    FileType(String wireName) {
        this.wireName = wireName;
    }

    /** {@code csv}, {@code json}, {@code xlsx} or {@code unknown}. */
    public String wireName() {
        return wireName;
    }
}
