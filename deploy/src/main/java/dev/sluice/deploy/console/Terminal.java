package dev.sluice.deploy.console;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** What the CLI knows about where its output goes. */
public final class Terminal {

    /** The width assumed when the terminal does not say. */
    public static final int DEFAULT_COLUMNS = 80;

    private Terminal() {
    }

    /** True when both input and output are a terminal, so a line can redraw itself in place. */
    public static boolean interactive() {
        return System.console() != null;
    }

    /**
     * The terminal's width: {@code COLUMNS} when the shell exports it, else what {@code stty size}
     * says of {@code /dev/tty}, else {@link #DEFAULT_COLUMNS}.
     */
    public static int columns() {
        Integer fromEnv = parse(System.getenv("COLUMNS"));
        if (fromEnv != null) {
            return fromEnv;
        }
        Integer fromStty = interactive() ? stty() : null;
        return fromStty != null ? fromStty : DEFAULT_COLUMNS;
    }

    private static Integer stty() {
        try {
            Process process = new ProcessBuilder("stty", "size")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String[] rowsAndColumns = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .trim().split("\\s+");
            return rowsAndColumns.length == 2 ? parse(rowsAndColumns[1]) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A usable width, or null: narrower than 20 columns is taken for a mistake. */
    private static Integer parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            int columns = Integer.parseInt(value.trim());
            return columns >= 20 ? columns : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
