package dev.sluice.coordinator.files;

/** An upload passed the largest file size the coordinator accepts; nothing of it becomes visible. */
public final class FileTooLargeException extends RuntimeException {

    private final long limit;

    public FileTooLargeException(long limit) {
        super("the file is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
