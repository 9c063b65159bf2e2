package dev.sluice.common.request;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads resource quantities as users write them. Memory: a number with a unit; {@code KB},
 * {@code MB}, {@code GB}, {@code TB} and Kubernetes' {@code Ki}, {@code Mi}, {@code Gi},
 * {@code Ti} are powers of 1024, Kubernetes' {@code K}, {@code M}, {@code G}, {@code T} powers
 * of 1000, and a bare number is bytes. CPU: {@code "1000m"} millicores or {@code "2"} / {@code "0.5"} cores.
 */
public final class Quantities {

    private static final Pattern MEMORY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)");
    private static final Pattern CPU = Pattern.compile("(\\d+(?:\\.\\d+)?)(m?)");

    private Quantities() {
    }

    /** Bytes in {@code text}, or throws naming {@code field}. */
    public static long memoryBytes(String field, String text) throws InvalidRequestException {
        Matcher m = MEMORY.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidRequestException(field, "'" + text + "' is not a memory size such as \"512MB\" or \"2Gi\"");
        }
        long unit = switch (m.group(2)) {
            case "", "b" -> 1L;
            case "kb", "ki", "kib" -> 1L << 10;
            case "mb", "mi", "mib" -> 1L << 20;
            case "gb", "gi", "gib" -> 1L << 30;
            case "tb", "ti", "tib" -> 1L << 40;
            case "k" -> 1_000L;
            case "m" -> 1_000_000L;
            case "g" -> 1_000_000_000L;
            case "t" -> 1_000_000_000_000L;
            default -> throw new InvalidRequestException(field, "unknown memory unit '" + m.group(2) + "' in '" + text + "'");
        };
        return exact(field, text, new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
    }

    /** Millicores in {@code text}, or throws naming {@code field}. */
    public static long cpuMillis(String field, String text) throws InvalidRequestException {
        Matcher m = CPU.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidRequestException(field, "'" + text + "' is not a CPU amount such as \"1000m\" or \"2\"");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        return exact(field, text, m.group(2).isEmpty() ? amount.movePointRight(3) : amount);
    }

    /** Rounds up so that a tiny positive request is not read as "nothing asked"; refuses what a long cannot hold. */
    private static long exact(String field, String text, BigDecimal value) throws InvalidRequestException {
        try {
            return value.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidRequestException(field, "'" + text + "' is too large");
        }
    }

    /** Human form of a byte count for messages, such as {@code 2GB}. */
    public static String formatBytes(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        int unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < units.length - 1 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return (long) value + units[unit];
    }
}
