package dev.sluice.worker.scan;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The worker's clamd settings, read from a JVM system property or, when that is not set, from the
 * environment variable of the same name in capitals with {@code _} for {@code .}
 * ({@code SLUICE_CLAMD_ADDRESS}), which suits containers.
 *
 * @param address where clamd listens ({@link #ADDRESS}); without it the worker has no scanner
 * @param timeout how long a scan waits for clamd's verdict once the file is sent, and to connect (at most
 *                5 s of it) ({@link #TIMEOUT}, in ms; default 120000, clamd's own {@code MaxScanTime})
 */
public record ClamdSettings(ClamdAddress address, Duration timeout) {

    /** {@code host:port} of a clamd daemon's TCP socket ({@code TCPSocket}/{@code TCPAddr} in clamd.conf). */
    public static final String ADDRESS = "sluice.clamd.address";
    /** Milliseconds a scan may wait for clamd. */
    public static final String TIMEOUT = "sluice.clamd.timeout";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public ClamdSettings {
        if (address == null) {
            throw new IllegalArgumentException(ADDRESS + " is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(TIMEOUT + " must be a positive number of ms, not " + timeout);
        }
    }

    /** The settings of this JVM and its environment; empty when {@link #ADDRESS} is set in neither. */
    public static Optional<ClamdSettings> fromEnvironment() {
        return from(ClamdSettings::lookup);
    }

    /**
     * The settings {@code setting} gives (a name to its value, or null); empty without an address.
     *
     * @throws IllegalArgumentException naming the setting whose value is wrong
     */
    public static Optional<ClamdSettings> from(UnaryOperator<String> setting) {
        String address = setting.apply(ADDRESS);
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String timeout = setting.apply(TIMEOUT);
        return Optional.of(new ClamdSettings(ClamdAddress.parse(ADDRESS, address),
                timeout == null || timeout.isBlank() ? DEFAULT_TIMEOUT : millis(timeout)));
    }

    /** The environment variable that stands for a property: {@code SLUICE_CLAMD_ADDRESS} for {@link #ADDRESS}. */
    public static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static Duration millis(String text) {
        try {
            long ms = Long.parseLong(text.trim());
            if (ms > 0) {
                return Duration.ofMillis(ms);
            }
        } catch (NumberFormatException e) {
            // refused below, with the setting's name
        }
        throw new IllegalArgumentException(TIMEOUT + ": '" + text + "' is not a positive number of milliseconds");
    }

    private static String lookup(String property) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable(property));
    }
}
