package dev.sluice.worker.scan;

/**
 * Reads clamd's answer to {@code zINSTREAM}: {@code stream: OK}, {@code stream: <signature> FOUND},
 * or {@code <reason> ERROR} (such as {@code INSTREAM size limit exceeded. ERROR}).
 */
final class ClamdReply {

    private static final String PREFIX = "stream: ";
    private static final String FOUND = " FOUND";
    private static final String ERROR = " ERROR";
    private static final String SIZE_LIMIT = "size limit exceeded";

    private ClamdReply() {
    }

    /**
     * The verdict in {@code reply} (without its terminating NUL), from the daemon {@code scanner}.
     *
     * @throws ScanFailure when the reply is an error or no INSTREAM reply at all
     */
    static ScanVerdict parse(String reply, String scanner) throws ScanFailure {
        String text = reply.strip();
        if (text.equals(PREFIX + "OK")) {
            return new ScanVerdict.Clean();
        }
        if (text.startsWith(PREFIX) && text.endsWith(FOUND) && text.length() > PREFIX.length() + FOUND.length()) {
            return new ScanVerdict.Infected(text.substring(PREFIX.length(), text.length() - FOUND.length()).strip());
        }
        if (text.endsWith(ERROR)) {
            String reason = text.substring(0, text.length() - ERROR.length()).strip();
            if (reason.contains(SIZE_LIMIT)) {
                throw new ScanFailure(scanner + " refused the file: '" + reason + "', it is larger than clamd's "
                        + "StreamMaxLength; raise StreamMaxLength in clamd.conf, or lower config.maxFileSize below it",
                        false);
            }
            throw new ScanFailure(scanner + " could not scan the file: '" + reason + "'", true);
        }
        if (text.isEmpty()) {
            throw new ScanFailure(scanner + " closed the connection without a verdict", true);
        }
        throw new ScanFailure(scanner + " answered '" + text + "', which is no INSTREAM reply; is that the "
                + "address of a clamd daemon?", false);
    }
}
